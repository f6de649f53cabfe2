import { PAGE_LAYOUT } from '@/lib/export/page';

export interface TitleInfo {
  name: string;
  description: string;
  /** "22 November 2026" */
  date: string;
  /** "A4 landscape" */
  paper: string;
  /** Present when the export includes the comparison with a store. */
  comparison: { storeName: string; dataFrom: string; dataTo: string; filters: string[] } | null;
  /** "The map continues in 6 parts on pages 2–7", when tiled. */
  tiling: string | null;
}

/** The head of the first page: what the map is, which data it shows, when it was printed. */
export function TitleBlock({ info }: { info: TitleInfo }) {
  return (
    <header className="flex items-start justify-between gap-6 border-b border-slate-200" style={{ height: `${PAGE_LAYOUT.titleBlock - 6}pt`, marginBottom: '6pt' }}>
      <div className="min-w-0">
        <h1 className="truncate text-[20pt] leading-tight font-semibold text-slate-900">{info.name}</h1>
        <p className="mt-[3pt] truncate text-[9pt] text-slate-600">
          {info.comparison ? (
            <>
              Ideal journey compared with <span className="font-medium text-slate-800">{info.comparison.storeName}</span>, orders{' '}
              {info.comparison.dataFrom} – {info.comparison.dataTo}
              {info.comparison.filters.length > 0 ? `; customers with ${info.comparison.filters.join(', ')}` : '; every customer'}
            </>
          ) : (
            info.description || 'The ideal customer journey'
          )}
        </p>
      </div>
      <div className="shrink-0 text-right text-[8.5pt] leading-snug text-slate-500">
        <p className="font-semibold tracking-wide text-indigo-600">Loopmap</p>
        <p>Printed {info.date}</p>
        <p>{info.tiling ?? info.paper}</p>
      </div>
    </header>
  );
}
