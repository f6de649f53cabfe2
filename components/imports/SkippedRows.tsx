import { formatCount } from '@/lib/format/numbers';
import { rejectedRowsUrl } from './api';
import type { ReasonColumns } from './reason-columns';
import { RejectedRowsPreview } from './RejectedRowsPreview';

export interface SkippedRowsProps {
  importId: string;
  skipped: Record<string, number>;
  /** The column each reason is about, when known (named next to the reason). */
  columns?: ReasonColumns;
}

/** Rows an import skipped, grouped by reason, with the download of the rows themselves. */
export function SkippedRows({ importId, skipped, columns = {} }: SkippedRowsProps) {
  const reasons = Object.entries(skipped)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  const total = reasons.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return <p className="text-sm text-slate-600">Every row was imported: none were skipped.</p>;
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="text-sm font-medium text-slate-900">
          {formatCount(total)} {total === 1 ? 'row' : 'rows'} skipped
        </h4>
        <a
          href={rejectedRowsUrl(importId)}
          download
          className="rounded text-sm font-medium text-indigo-700 hover:text-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Download rejected rows (CSV)
        </a>
      </div>
      <table className="mt-2 w-full text-sm" data-testid="skipped-rows">
        <caption className="sr-only">Rows skipped by reason</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-1.5 text-left font-medium">Reason</th>
            <th scope="col" className="py-1.5 text-right font-medium">Rows</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {reasons.map(([reason, count]) => (
            <tr key={reason}>
              <td className="py-1.5 pr-4 text-slate-700">
                {reason}
                {columns[reason] && <span className="text-slate-500"> · column {columns[reason]}</span>}
              </td>
              <td className="py-1.5 text-right tabular-nums text-slate-900">{formatCount(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <RejectedRowsPreview importId={importId} total={total} />
    </div>
  );
}
