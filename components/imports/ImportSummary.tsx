import { formatCount, formatDate, formatDuration, formatMoney } from '@/lib/format/numbers';
import type { ReasonColumns } from './reason-columns';
import { SkippedRows } from './SkippedRows';
import type { ImportRecordView } from './types';

/** What a finished import brought in: counts, dates, revenue and the rows it skipped. */
export function ImportSummary({ record, reasonColumns }: { record: ImportRecordView; reasonColumns?: ReasonColumns }) {
  const stats = [
    { label: 'Orders', value: formatCount(record.orders) },
    { label: 'Purchases', value: formatCount(record.purchases) },
    { label: 'Customers', value: formatCount(record.customers) },
    { label: 'Line items', value: formatCount(record.lines) },
    { label: 'Revenue', value: formatMoney(record.revenue) },
    {
      label: 'Date range',
      value: record.dateRange ? `${formatDate(record.dateRange.from)} – ${formatDate(record.dateRange.to)}` : '—',
    },
  ];
  const seconds =
    record.finishedAt && record.startedAt ? (Date.parse(record.finishedAt) - Date.parse(record.startedAt)) / 1000 : null;
  return (
    <div className="space-y-5" data-testid="import-summary">
      <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-lg bg-slate-200 ring-1 ring-slate-200 sm:grid-cols-3 lg:grid-cols-6">
        {stats.map((stat) => (
          <div key={stat.label} className="bg-white px-4 py-3">
            <dt className="text-xs font-medium text-slate-500">{stat.label}</dt>
            <dd className="mt-1 text-[15px] font-semibold tabular-nums text-slate-900" data-summary={stat.label}>
              {stat.value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-[13px] text-slate-500">
        {formatCount(record.processedRows)} rows read
        {seconds !== null && seconds >= 0 ? ` in ${formatDuration(seconds)}` : ''}
        {record.anonymousOrders > 0
          ? ` · ${formatCount(record.anonymousOrders)} orders without a customer kept as anonymous (not in timelines)`
          : ''}
        .
      </p>
      <SkippedRows importId={record.id} skipped={record.skipped} columns={reasonColumns} />
    </div>
  );
}
