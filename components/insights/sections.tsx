'use client';

import { useState, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CohortRow, FirstProductRow, SequenceRow, StoreKpis } from '@/lib/analytics/insights';
import { describeDays, sharePercent } from '@/lib/format/compare';
import { formatCount, formatMoney, formatPercent } from '@/lib/format/numbers';
import { cn } from '@/components/ui/cn';
import { ChartFigure } from '@/components/charts/ChartFigure';
import type { StoreInsightsView } from './api';

const AXIS = { fontSize: 11, fill: '#64748b' };

export function Section({ id, title, description, children, actions }: { id: string; title: string; description?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3" data-testid={`insights-${id}`}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {description && <p className="mt-0.5 max-w-3xl text-sm text-slate-500">{description}</p>}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn('rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200', className)}>{children}</div>;
}

const orDash = (value: number | null, format: (v: number) => string) => (value === null ? '—' : format(value));

export function KpiGrid({ kpis }: { kpis: StoreKpis }) {
  const stats = [
    { label: 'Customers', value: formatCount(kpis.customers) },
    { label: 'Purchases', value: formatCount(kpis.purchases) },
    { label: 'Revenue', value: formatMoney(kpis.revenue) },
    { label: 'Average order value', value: orDash(kpis.averageOrderValue, (v) => formatMoney(v)) },
    { label: 'Purchases per customer', value: orDash(kpis.purchaseFrequency, (v) => v.toFixed(2)) },
    { label: 'Repeat purchase rate', value: orDash(kpis.repeatPurchaseRate, (v) => formatPercent(v)) },
    { label: 'Median days 1st → 2nd', value: describeDays(kpis.medianDaysFirstToSecond) },
    { label: 'Median days 2nd → 3rd', value: describeDays(kpis.medianDaysSecondToThird) },
    {
      label: 'Value per customer, first 365 days',
      value: orDash(kpis.valuePerCustomer365, (v) => formatMoney(v)),
      hint: `over ${formatCount(kpis.customersWithFullYear)} customers watched a full year`,
      // Nine figures: the last one is wider where a row holds two or five, so no cell is left empty.
      className: 'col-span-2 sm:col-span-1 lg:col-span-2',
    },
  ];
  return (
    <Section id="kpis" title="Key figures" description="Net revenue after refunds. Medians count recent customers for as long as they have been watched.">
      <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-xl bg-slate-200 shadow-sm ring-1 ring-slate-200 sm:grid-cols-3 lg:grid-cols-5">
        {stats.map((stat) => (
          <div key={stat.label} className={cn('bg-white px-4 py-3', stat.className)}>
            <dt className="text-xs font-medium text-slate-500">{stat.label}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900" data-kpi={stat.label}>
              {stat.value}
              {stat.hint && <span className="block text-[11px] font-normal text-slate-500">{stat.hint}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

export function SecondPurchaseSection({ insights }: { insights: StoreInsightsView }) {
  const rows = Object.entries(insights.secondPurchaseByDay).map(([day, share]) => ({ day: `Day ${day}`, share, percent: share === null ? 0 : Math.round(share * 1000) / 10 }));
  return (
    <Section
      id="second-purchase"
      title="Second purchase by day 7, 14, 30, 60 and 90"
      description="The estimated share of customers who have made a second purchase by each day after their first (Kaplan–Meier: customers who have not been watched that long count for as long as they have)."
    >
      <Card>
        <ChartFigure
          title="Customers with a second purchase"
          table={{ columns: ['By', 'Share with a second purchase'], rows: rows.map((r) => [r.day, sharePercentOrNone(r.share)]) }}
          testId="insights-second-purchase-chart"
        >
          <div className="h-56">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
                <CartesianGrid vertical={false} stroke="#e2e8f0" />
                <XAxis dataKey="day" tick={AXIS} />
                <YAxis tick={AXIS} unit="%" />
                <Tooltip formatter={(value) => [`${value}%`, 'Second purchase']} />
                <Bar dataKey="percent" fill="#6366f1" radius={[4, 4, 0, 0]} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </ChartFigure>
        <ul className="mt-3 grid grid-cols-5 gap-2 text-center" aria-hidden>
          {rows.map((r) => (
            <li key={r.day} className="rounded-lg bg-slate-50 py-2">
              <span className="block text-xs text-slate-500">{r.day}</span>
              <span className="text-base font-semibold tabular-nums text-slate-900" data-second-purchase={r.day}>
                {sharePercentOrNone(r.share)}
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </Section>
  );
}

function sharePercentOrNone(share: number | null): string {
  return share === null ? 'not yet known' : formatPercent(share);
}

export function CohortSection({ cohorts }: { cohorts: CohortRow[] }) {
  const [asPercent, setAsPercent] = useState(true);
  const columns = cohorts.reduce((max, row) => Math.max(max, row.active.length), 0);
  return (
    <Section
      id="cohorts"
      title="Monthly cohorts"
      description="Customers by the month of their first purchase, and how many of them bought again in each month after it (month 0 is the first month). The last column may be incomplete."
      actions={
        <div role="radiogroup" aria-label="Show cohorts as" className="flex rounded-lg bg-slate-100 p-0.5" data-testid="cohort-toggle">
          {[
            [true, '%'],
            [false, 'Count'],
          ].map(([value, label]) => (
            <button
              key={String(label)}
              type="button"
              role="radio"
              aria-checked={asPercent === value}
              onClick={() => setAsPercent(value as boolean)}
              className={cn(
                'rounded-md px-2.5 py-1 text-[13px] font-medium focus-visible:outline-2 focus-visible:outline-indigo-600',
                asPercent === value ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-500 hover:text-slate-800',
              )}
            >
              {label}
            </button>
          ))}
        </div>
      }
    >
      {cohorts.length === 0 ? (
        <Card>
          <p className="py-6 text-center text-sm text-slate-500">No customers match the filters.</p>
        </Card>
      ) : (
        <div className="max-h-[32rem] overflow-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-right text-xs tabular-nums" data-testid="cohort-table">
            <caption className="sr-only">Monthly cohorts, {asPercent ? 'share of the cohort' : 'customers'} who bought in each month after the first</caption>
            <thead className="sticky top-0 bg-slate-50 text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  Cohort
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Customers
                </th>
                {Array.from({ length: columns }, (_, k) => (
                  <th key={k} scope="col" className="px-2 py-2 font-medium">
                    M{k}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {cohorts.map((row) => (
                <tr key={row.month}>
                  <th scope="row" className="px-3 py-1.5 text-left font-medium text-slate-700">
                    {row.month}
                  </th>
                  <td className="px-3 py-1.5 text-slate-900">{formatCount(row.customers)}</td>
                  {Array.from({ length: columns }, (_, k) => {
                    if (k >= row.active.length) return <td key={k} />;
                    const share = row.share[k];
                    return (
                      <td
                        key={k}
                        className="px-2 py-1.5 text-slate-900"
                        style={k === 0 ? undefined : { backgroundColor: `rgba(99, 102, 241, ${Math.min(0.6, share * 1.5).toFixed(3)})` }}
                      >
                        {asPercent ? formatPercent(share, share < 0.1 && share > 0 ? 1 : 0) : formatCount(row.active[k])}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

export function FirstProductsSection({ rows }: { rows: FirstProductRow[] }) {
  return (
    <Section
      id="first-products"
      title="First products"
      description="The 20 products most often in a first purchase, and how often those customers came back. A first order of two products counts for both."
    >
      <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <table className="w-full text-left text-[13px]" data-testid="first-products-table">
          <caption className="sr-only">First products</caption>
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Product in the first purchase</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Customers</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Bought again</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Repeat rate</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Median days to 2nd</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 && (
              <tr>
                <td colSpan={5} className="px-4 py-6 text-center text-slate-500">
                  No first purchases with products.
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.product}>
                <th scope="row" className="max-w-80 truncate px-4 py-2 font-normal text-slate-900">
                  {row.product}
                </th>
                <td className="px-4 py-2 text-right tabular-nums">{formatCount(row.customers)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatCount(row.repeatCustomers)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{sharePercent(row.repeatRate)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{describeDays(row.medianDaysToSecond)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

export function SequenceSection({ rows }: { rows: SequenceRow[] }) {
  const data = rows.map((r) => ({ step: `${r.purchaseNumber === '3+' ? '3rd or later' : r.purchaseNumber === '1' ? '1st' : '2nd'}`, ...r }));
  return (
    <Section id="sequence" title="Order sequencing" description="Purchases grouped by their number in the customer's history, with what was bought most often in each.">
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <ChartFigure
            title="Average order value by purchase number"
            table={{
              columns: ['Purchase', 'Purchases', 'Revenue', 'Average order value'],
              rows: data.map((r) => [r.step, formatCount(r.purchases), formatMoney(r.revenue), r.averageOrderValue === null ? '—' : formatMoney(r.averageOrderValue)]),
            }}
            testId="insights-sequence-chart"
          >
            <div className="h-56">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={data.map((r) => ({ step: r.step, value: r.averageOrderValue ?? 0 }))} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                  <CartesianGrid vertical={false} stroke="#e2e8f0" />
                  <XAxis dataKey="step" tick={AXIS} />
                  <YAxis tick={AXIS} />
                  <Tooltip formatter={(value) => [formatMoney(Number(value)), 'Average order value']} />
                  <Bar dataKey="value" fill="#14b8a6" radius={[4, 4, 0, 0]} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          </ChartFigure>
        </Card>
        <div className="space-y-3">
          {data.map((row) => (
            <Card key={row.step} className="py-3">
              <div className="flex items-baseline justify-between gap-3">
                <h3 className="text-sm font-semibold text-slate-900">{row.step} purchase</h3>
                <p className="text-xs text-slate-500 tabular-nums">
                  {formatCount(row.purchases)} purchases · {formatMoney(row.revenue)}
                </p>
              </div>
              {row.topProducts.length === 0 ? (
                <p className="mt-1 text-xs text-slate-500">No products recorded.</p>
              ) : (
                <ol className="mt-2 space-y-1 text-[13px]">
                  {row.topProducts.map((product) => (
                    <li key={product.product} className="flex justify-between gap-3">
                      <span className="truncate text-slate-800">{product.product}</span>
                      <span className="shrink-0 tabular-nums text-slate-500">{sharePercent(product.share)} of purchases</span>
                    </li>
                  ))}
                </ol>
              )}
            </Card>
          ))}
        </div>
      </div>
    </Section>
  );
}
