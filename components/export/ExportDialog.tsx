'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Select } from '@/components/ui/Select';
import { useToast } from '@/components/ui/Toast';
import { cn } from '@/components/ui/cn';
import { pdfQuery, type PdfFilterQuery, type PdfOptions } from '@/lib/export/options';
import { ORIENTATIONS, PAGE_SIZES, type Orientation, type PageSizeName } from '@/lib/export/page';
import { downloadExport } from './download';

export type ExportFormat = 'pdf' | 'png' | 'svg' | 'json';

export interface ExportTarget {
  id: string;
  name: string;
  /** The store linked to the map; without one the actual-data overlay cannot be included. */
  storeId?: string | null;
  /** The customer filters in use in Compare mode; the overlay applies them. */
  filters?: PdfFilterQuery;
  /** Whether the map is being compared now: the overlay is then on by default. */
  comparing?: boolean;
}

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'pdf', label: 'PDF', hint: 'For printing and sharing: the whole map, tiled when large, with an appendix.' },
  { value: 'png', label: 'PNG image', hint: 'The whole map as a picture, at its full size.' },
  { value: 'svg', label: 'SVG image', hint: 'The whole map, scalable, for slides and documents.' },
  { value: 'json', label: 'JSON file', hint: 'The map’s data, to back up or import into Loopmap again.' },
];

const SIZE_OPTIONS = PAGE_SIZES.map((s) => ({ value: s, label: s }));

/** The URL each format is exported from. */
export function exportUrl(mapId: string, format: ExportFormat, options?: Partial<PdfOptions>): string {
  const base = `/api/maps/${encodeURIComponent(mapId)}/export.${format}`;
  if (format !== 'pdf' || !options) return base;
  return `${base}?${pdfQuery(options)}`;
}

/**
 * Export a map: PDF (page size, orientation, actual-data overlay, appendix), PNG, SVG or
 * JSON. Mount it from the editor header (see ExportButton) and from the maps list's row
 * menu (`<ExportDialog open map={…} onClose={…} />`).
 */
export function ExportDialog({ open, onClose, map, initialFormat = 'pdf' }: { open: boolean; onClose: () => void; map: ExportTarget; initialFormat?: ExportFormat }) {
  return (
    <Dialog open={open} onClose={onClose} title={`Export “${map.name}”`} description="Download the map to print it or share it with people who don’t use Loopmap.">
      {open && <ExportForm map={map} onDone={onClose} initialFormat={initialFormat} />}
    </Dialog>
  );
}

function ExportForm({ map, onDone, initialFormat }: { map: ExportTarget; onDone: () => void; initialFormat: ExportFormat }) {
  const toast = useToast();
  const [format, setFormat] = useState<ExportFormat>(initialFormat);
  const [size, setSize] = useState<PageSizeName>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [compare, setCompare] = useState(Boolean(map.comparing && map.storeId));
  const [appendix, setAppendix] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hasStore = Boolean(map.storeId);
  const filterQuery = map.filters ?? {};
  const filterCount = Object.keys(filterQuery).length;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const overlay = hasStore && compare;
      const options = { size, orientation, compare: overlay, appendix, storeId: overlay ? (map.storeId ?? undefined) : undefined, filters: overlay ? filterQuery : {} };
      const name = await downloadExport(exportUrl(map.id, format, options), `${map.name}.${format}`);
      toast({ title: 'Export ready', description: name, tone: 'success' });
      onDone();
    } catch (cause) {
      setError((cause as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-5" aria-busy={busy}>
      <fieldset>
        <legend className="mb-2 text-[13px] font-medium text-slate-700">Format</legend>
        <div className="grid grid-cols-2 gap-2">
          {FORMATS.map((f) => (
            <label
              key={f.value}
              className={cn(
                'flex cursor-pointer flex-col gap-0.5 rounded-lg border px-3 py-2 text-left transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500',
                format === f.value ? 'border-indigo-500 bg-indigo-50/60' : 'border-slate-200 hover:bg-slate-50',
              )}
            >
              <span className="flex items-center gap-2 text-[14px] font-medium text-slate-900">
                <input type="radio" name="export-format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} className="accent-indigo-600" data-autofocus={format === f.value ? true : undefined} />
                {f.label}
              </span>
              <span className="text-[12px] leading-snug text-slate-500">{f.hint}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {format === 'pdf' && (
        <div className="space-y-4 rounded-lg border border-slate-200 p-4">
          <div className="grid grid-cols-2 gap-4">
            <label className="space-y-1.5 text-[13px] font-medium text-slate-700">
              <span>Page size</span>
              <Select value={size} onChange={(e) => setSize(e.target.value as PageSizeName)} options={SIZE_OPTIONS} aria-label="Page size" />
            </label>
            <fieldset className="space-y-1.5">
              <legend className="text-[13px] font-medium text-slate-700">Orientation</legend>
              <div className="flex gap-1 rounded-lg bg-slate-100 p-1">
                {ORIENTATIONS.map((o) => (
                  <label
                    key={o}
                    className={cn(
                      'flex flex-1 cursor-pointer items-center justify-center rounded-md px-2 py-1 text-[13px] capitalize has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500',
                      orientation === o ? 'bg-white font-medium text-slate-900 shadow-sm' : 'text-slate-600',
                    )}
                  >
                    <input type="radio" name="export-orientation" value={o} checked={orientation === o} onChange={() => setOrientation(o)} className="sr-only" />
                    {o}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
          <label className={cn('flex items-start gap-2 text-[14px]', !hasStore && 'text-slate-400')}>
            <input type="checkbox" className="mt-0.5 accent-indigo-600" checked={hasStore && compare} disabled={!hasStore} onChange={(e) => setCompare(e.target.checked)} aria-describedby="export-compare-hint" />
            <span>
              Include the actual data
              <span id="export-compare-hint" className="block text-[12px] text-slate-500">
                {!hasStore
                  ? 'Link a store to this map first: the overlay compares the map with a store’s orders.'
                  : filterCount > 0
                    ? `Show how real customers compare, with the ${filterCount === 1 ? 'filter' : `${filterCount} filters`} in use in Compare mode.`
                    : 'Show how real customers compare on each milestone, with the store’s KPIs.'}
              </span>
            </span>
          </label>
          <label className="flex items-start gap-2 text-[14px]">
            <input type="checkbox" className="mt-0.5 accent-indigo-600" checked={appendix} onChange={(e) => setAppendix(e.target.checked)} />
            <span>
              Include the appendix
              <span className="block text-[12px] text-slate-500">Persona, every stage and touchpoint with all its answers, every milestone.</span>
            </span>
          </label>
          <p className="text-[12px] text-slate-500">Large maps are split over several pages after an overview, so the text stays readable.</p>
        </div>
      )}

      {error && (
        <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-[13px] text-rose-700">
          {error}
        </p>
      )}

      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onDone} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? 'Preparing…' : 'Export'}
        </Button>
      </div>
    </form>
  );
}
