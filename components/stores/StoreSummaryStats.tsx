import { formatCount, formatDate, formatMoney } from '@/lib/format/numbers';
import type { StoreSummaryView } from './types';

/** A store's headline figures as a row of labelled numbers. */
export function StoreSummaryStats({ summary }: { summary: StoreSummaryView }) {
  const stats = [
    { label: 'Customers', value: formatCount(summary.customers) },
    { label: 'Orders', value: formatCount(summary.orders) },
    { label: 'Purchases', value: formatCount(summary.purchases) },
    { label: 'Revenue', value: formatMoney(summary.revenue) },
    { label: 'First order', value: formatDate(summary.firstOrderAt) },
    { label: 'Last order', value: formatDate(summary.lastOrderAt) },
    { label: 'Imports', value: formatCount(summary.imports) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-xl bg-slate-200 shadow-sm ring-1 ring-slate-200 sm:grid-cols-4 lg:grid-cols-7">
      {stats.map((stat) => (
        <div key={stat.label} className="bg-white px-4 py-3">
          <dt className="text-xs font-medium text-slate-500">{stat.label}</dt>
          <dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900" data-stat={stat.label}>
            {stat.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
