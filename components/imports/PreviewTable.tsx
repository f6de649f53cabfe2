import { FIELD_LABELS, type ColumnMapping, type MappingField } from '@/lib/orders/mapping';

export interface PreviewTableProps {
  header: string[];
  rows: string[][];
  mapping: ColumnMapping;
}

/** The file's first rows as they were read, each mapped column tagged with its field. */
export function PreviewTable({ header, rows, mapping }: PreviewTableProps) {
  const fieldOf = new Map<string, MappingField>();
  for (const [field, column] of Object.entries(mapping) as Array<[MappingField, string | undefined]>) {
    if (column) fieldOf.set(column, field);
  }
  return (
    <div className="max-h-96 overflow-auto rounded-lg ring-1 ring-slate-200" tabIndex={0} aria-label="Preview of the first rows">
      <table className="min-w-full text-[13px]" data-testid="preview-table">
        <caption className="sr-only">The first {rows.length} rows of the file</caption>
        <thead className="sticky top-0 z-10 bg-slate-50">
          <tr>
            <th scope="col" className="border-b border-slate-200 px-3 py-2 text-right font-medium text-slate-400">
              #
            </th>
            {header.map((column, index) => {
              const field = fieldOf.get(column);
              return (
                <th key={`${column}-${index}`} scope="col" className="border-b border-slate-200 px-3 py-2 text-left align-bottom">
                  {field && (
                    <span className="mb-1 block w-fit rounded bg-indigo-50 px-1.5 py-0.5 text-[11px] font-medium text-indigo-700 ring-1 ring-indigo-200 ring-inset">
                      {FIELD_LABELS[field]}
                    </span>
                  )}
                  <span className="font-medium whitespace-nowrap text-slate-700">{column}</span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              <td className="px-3 py-1.5 text-right tabular-nums text-slate-400">{rowIndex + 2}</td>
              {header.map((column, index) => (
                <td key={`${column}-${index}`} className="max-w-56 truncate px-3 py-1.5 whitespace-nowrap text-slate-700" title={row[index] ?? ''}>
                  {row[index] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
