import { Badge, type BadgeTone } from '@/components/ui/Badge';
import { formatCount, formatDateTime } from '@/lib/format/numbers';
import { rejectedRowsUrl } from './api';
import type { ImportRecordView } from './types';

const STATUS: Record<ImportRecordView['status'], { label: string; tone: BadgeTone }> = {
  running: { label: 'Running', tone: 'accent' },
  done: { label: 'Done', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

/** Every import made into a store, newest first, with what each brought in. */
export function ImportHistory({ imports }: { imports: ImportRecordView[] }) {
  if (imports.length === 0) {
    return <p className="rounded-xl bg-white px-5 py-6 text-sm text-slate-500 ring-1 ring-slate-200">No imports yet.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-sm" data-testid="import-history">
        <caption className="sr-only">Imports into this store</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2.5 text-left">File</th>
            <th scope="col" className="px-4 py-2.5 text-left">Started</th>
            <th scope="col" className="px-4 py-2.5 text-left">Status</th>
            <th scope="col" className="px-4 py-2.5 text-right">Rows</th>
            <th scope="col" className="px-4 py-2.5 text-right">Orders</th>
            <th scope="col" className="px-4 py-2.5 text-right">Customers</th>
            <th scope="col" className="px-4 py-2.5 text-right">Skipped</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {imports.map((item) => {
            const skipped = Object.values(item.skipped).reduce((sum, n) => sum + n, 0);
            return (
              <tr key={item.id} className="align-top">
                <td className="max-w-72 px-4 py-3">
                  <span className="block truncate font-medium text-slate-900" title={item.fileName}>
                    {item.fileName}
                  </span>
                  <span className="text-xs text-slate-500">{item.format === 'shopify' ? 'Shopify export' : 'Mapped CSV'}</span>
                  {item.status === 'failed' && item.error && <p className="mt-1 text-[13px] break-words text-rose-700">{item.error}</p>}
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-slate-600">{formatDateTime(item.startedAt)}</td>
                <td className="px-4 py-3">
                  <Badge tone={STATUS[item.status].tone}>{STATUS[item.status].label}</Badge>
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{formatCount(item.processedRows)}</td>
                <td className="px-4 py-3 text-right tabular-nums">{item.status === 'done' ? formatCount(item.orders) : '—'}</td>
                <td className="px-4 py-3 text-right tabular-nums">{item.status === 'done' ? formatCount(item.customers) : '—'}</td>
                <td className="px-4 py-3 text-right tabular-nums whitespace-nowrap">
                  {skipped > 0 ? (
                    <a
                      href={rejectedRowsUrl(item.id)}
                      download
                      className="rounded text-indigo-700 hover:text-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                      title="Download the rejected rows (CSV)"
                    >
                      {formatCount(skipped)} <span className="sr-only">rows skipped: download them as CSV</span>
                    </a>
                  ) : (
                    '0'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
