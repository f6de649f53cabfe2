'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { sharePercent } from '@/lib/format/compare';
import { formatCount, formatMoney } from '@/lib/format/numbers';
import { buttonClasses } from '@/components/ui/Button';
import { Input } from '@/components/ui/Input';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { segmentCsvUrl, type StoreInsightsView, type ThresholdInputs } from './api';
import { Card, Section } from './sections';

const AXIS = { fontSize: 11, fill: '#64748b' };

const DESCRIPTIONS: Record<string, (t: StoreInsightsView['segmentThresholds']) => string> = {
  new: (t) => `First purchase less than ${t.newDays} days ago`,
  oneTime: () => 'One purchase, not new',
  loyal: (t) => `${t.loyalMinPurchases}+ purchases, last within ${days(t.activeWithinDays)}`,
  active: (t) => `2+ purchases, last within ${days(t.activeWithinDays)}`,
  atRisk: (t) => `Last purchase ${days(t.activeWithinDays)} to ${days(t.lapsedAfterDays)} ago`,
  lapsed: (t) => `Last purchase more than ${days(t.lapsedAfterDays)} ago`,
};

function days(value: number | null): string {
  return value === null ? '— days' : `${Math.round(value * 10) / 10} days`;
}

const FIELDS: Array<{ key: keyof ThresholdInputs; label: string; hint: string; step: string; min: string }> = [
  { key: 'newDays', label: 'New for (days)', hint: 'default 30', step: '1', min: '1' },
  { key: 'activeGapMultiple', label: 'Active within (× gap)', hint: 'default 1.5', step: '0.1', min: '0.1' },
  { key: 'lapsedGapMultiple', label: 'Lapsed after (× gap)', hint: 'default 3', step: '0.1', min: '0.1' },
  { key: 'loyalMinPurchases', label: 'Loyal from (purchases)', hint: 'default 3', step: '1', min: '2' },
  { key: 'medianGapDays', label: 'Typical gap (days)', hint: 'the store’s median', step: '1', min: '0' },
];

/** Lifecycle segments with their thresholds (editable), counts, revenue share and a CSV per segment. */
export function SegmentsSection({
  storeId,
  insights,
  thresholds,
  onThresholds,
  search,
}: {
  storeId: string;
  insights: StoreInsightsView;
  thresholds: ThresholdInputs;
  onThresholds: (next: ThresholdInputs) => void;
  /** The query the figures were asked with (filters and thresholds), reused by the CSV links. */
  search: string;
}) {
  const applied = insights.segmentThresholds;
  const rows = insights.segments;
  return (
    <Section
      id="segments"
      title="Lifecycle segments"
      description={`Every customer is in exactly one segment. The typical gap between two purchases of a customer in this store is ${days(applied.medianGapDays)}; the limits below follow from it.`}
    >
      <Card>
        <form className="flex flex-wrap items-end gap-3" aria-label="Segment thresholds" onSubmit={(e) => e.preventDefault()}>
          {FIELDS.map((field) => (
            <div key={field.key} className="flex flex-col gap-1">
              <label htmlFor={`threshold-${field.key}`} className="text-xs font-medium text-slate-500">
                {field.label}
              </label>
              <Input
                id={`threshold-${field.key}`}
                data-testid={`threshold-${field.key}`}
                type="number"
                inputMode="decimal"
                min={field.min}
                step={field.step}
                placeholder={field.hint}
                value={thresholds[field.key]}
                onChange={(e) => onThresholds({ ...thresholds, [field.key]: e.target.value })}
                className="w-40"
              />
            </div>
          ))}
        </form>
      </Card>
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-[13px]" data-testid="segments-table">
            <caption className="sr-only">Lifecycle segments</caption>
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Segment</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Customers</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Share</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Revenue</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Share of revenue</th>
                <th scope="col" className="px-4 py-2 font-medium">
                  <span className="sr-only">Export</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {[...rows.map((row) => ({ ...row, hint: DESCRIPTIONS[row.segment]?.(applied) ?? '' })), { ...insights.discountDriven, segment: 'discountDriven', label: 'Discount-driven', hint: `Flag: ${Math.round(applied.discountShare * 100)}%+ of ${applied.discountMinPurchases}+ purchases used a code` }].map((row) => (
                <tr key={row.segment} data-testid={`segment-row-${row.segment}`} data-customers={row.customers} className={row.segment === 'discountDriven' ? 'bg-slate-50/60' : undefined}>
                  <th scope="row" className="px-4 py-2 font-normal">
                    <span className="block font-medium text-slate-900">{row.label}</span>
                    <span className="block text-xs text-slate-500">{row.hint}</span>
                  </th>
                  <td className="px-4 py-2 text-right tabular-nums">{formatCount(row.customers)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{sharePercent(row.share)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{formatMoney(row.revenue)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{sharePercent(row.revenueShare)}</td>
                  <td className="px-4 py-2 text-right">
                    <a
                      href={segmentCsvUrl(storeId, row.segment, search)}
                      download
                      data-testid={`segment-csv-${row.segment}`}
                      className={buttonClasses('ghost', 'sm')}
                      aria-label={`Download the ${formatCount(row.customers)} ${row.label} customers as CSV`}
                    >
                      CSV
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Card>
          <ChartFigure
            title="Share of customers and of revenue"
            table={{ columns: ['Segment', 'Customers', 'Revenue'], rows: rows.map((r) => [r.label, sharePercent(r.share), sharePercent(r.revenueShare)]) }}
            testId="insights-segments-chart"
          >
            <div className="h-64">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart
                  data={rows.map((r) => ({ label: r.label, customers: pct(r.share), revenue: pct(r.revenueShare) }))}
                  layout="vertical"
                  margin={{ top: 4, right: 12, bottom: 0, left: 8 }}
                >
                  <CartesianGrid horizontal={false} stroke="#e2e8f0" />
                  <XAxis type="number" tick={AXIS} unit="%" />
                  <YAxis type="category" dataKey="label" tick={AXIS} width={70} />
                  <Tooltip formatter={(value, name) => [`${value}%`, name === 'customers' ? 'Customers' : 'Revenue']} />
                  <Bar dataKey="customers" fill="#6366f1" isAnimationActive={false} />
                  <Bar dataKey="revenue" fill="#f59e0b" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <p className="mt-2 flex gap-4 text-xs text-slate-500">
              <span className="flex items-center gap-1.5">
                <span className="size-2.5 rounded-sm bg-indigo-500" /> Customers
              </span>
              <span className="flex items-center gap-1.5">
                <span className="size-2.5 rounded-sm bg-amber-500" /> Revenue
              </span>
            </p>
          </ChartFigure>
        </Card>
      </div>
    </Section>
  );
}

function pct(share: number | null): number {
  return share === null ? 0 : Math.round(share * 1000) / 10;
}
