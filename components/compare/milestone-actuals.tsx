'use client';

import dynamic from 'next/dynamic';
import type { MilestoneFigures } from '@/lib/analytics/compare';
import { describeOnTime, sharePercent, targetTone } from '@/lib/format/compare';
import { formatCount } from '@/lib/format/numbers';
import { cn } from '@/components/ui/cn';
import { useOptionalCompare } from './context';
import { FigureButton } from './figure-button';
import { TONE_CLASSES } from './tones';

// The chart library is only needed once a milestone is selected in Compare mode: loading it
// on demand keeps it out of the editor's first load.
const MilestoneCharts = dynamic(() => import('./milestone-charts').then((m) => m.MilestoneCharts), {
  ssr: false,
  loading: () => <p className="text-xs text-slate-500">Loading charts…</p>,
});

/**
 * The inspector's "Real customers" section for a selected milestone in Actual or Both:
 * the buckets (each opens its customers), the target, a histogram of the day reached and
 * the cumulative reach curve with the ideal window marked.
 */
export function MilestoneActuals({ nodeId }: { nodeId: string }) {
  const figures = useOptionalCompare((s) => (s.mode === 'ideal' || !s.comparison ? null : (s.comparison.nodes[nodeId] ?? null)));
  const loading = useOptionalCompare((s) => s.mode !== 'ideal' && s.storeId !== null && s.comparison === null && s.status !== 'error');
  if (!figures) {
    return loading ? <p className="border-b border-slate-100 px-4 py-3 text-[13px] text-slate-500">Loading what real customers did…</p> : null;
  }
  return <Actuals nodeId={nodeId} figures={figures} />;
}

function Actuals({ nodeId, figures }: { nodeId: string; figures: MilestoneFigures }) {
  const target = figures.target?.share ?? null;
  const tone = targetTone(figures.onTimeShare, target);
  const windowed = figures.windowDays !== null;
  const buckets: Array<{ list: 'eligible' | 'onTime' | 'late' | 'notReached' | 'censored'; label: string; count: number; hint: string }> = [
    { list: 'eligible', label: 'Eligible', count: figures.eligible, hint: 'Watched for the whole window' },
    { list: 'onTime', label: windowed ? 'On time' : 'Reached', count: figures.onTime, hint: windowed ? `By day ${figures.windowDays}` : 'By the as-of date' },
    ...(windowed ? [{ list: 'late' as const, label: 'Late', count: figures.late, hint: 'After the window' }] : []),
    { list: 'notReached', label: 'Not reached', count: figures.notReached, hint: 'Not by the as-of date' },
    { list: 'censored', label: 'Not yet measurable', count: figures.censored, hint: 'Not watched long enough yet' },
  ];
  const clockWord = figures.clock === 'previousMilestone' ? 'since the previous milestone' : 'since the first purchase';
  return (
    <section className="space-y-4 border-b border-slate-100 px-4 py-4" aria-labelledby={`actuals-${nodeId}`} data-testid="milestone-details">
      <div className="flex items-center justify-between gap-2">
        <h3 id={`actuals-${nodeId}`} className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
          Real customers
        </h3>
        <span className={cn('rounded-full px-2 py-0.5 text-xs font-medium ring-1', TONE_CLASSES[tone])} data-testid="milestone-details-share">
          {sharePercent(figures.onTimeShare)} {windowed ? 'on time' : 'reached'}
        </span>
      </div>
      <p className="text-[13px] text-slate-700">{describeOnTime(figures.onTime, figures.eligible, figures.onTimeShare, target)}</p>
      <dl className="grid grid-cols-2 gap-2">
        {buckets.map((bucket) => (
          <div key={bucket.list} className="rounded-lg bg-slate-50 px-3 py-2" data-testid={`milestone-figure-${bucket.list}`}>
            <dt className="text-xs text-slate-500">{bucket.label}</dt>
            <dd className="text-base font-semibold text-slate-900">
              <FigureButton
                figure={`milestone:${nodeId}:${bucket.list}`}
                title={`${figures.title}: ${bucket.label.toLowerCase()}`}
                count={bucket.count}
                label={`Show the ${formatCount(bucket.count)} customers: ${bucket.label.toLowerCase()}`}
              >
                {formatCount(bucket.count)}
              </FigureButton>
              <span className="block text-[11px] font-normal text-slate-500">{bucket.hint}</span>
            </dd>
          </div>
        ))}
        <div className="rounded-lg bg-slate-50 px-3 py-2" data-testid="milestone-figure-median">
          <dt className="text-xs text-slate-500">Median day</dt>
          <dd className="text-base font-semibold text-slate-900">
            {figures.medianDay === null ? '—' : `Day ${formatCount(figures.medianDay)}`}
            <span className="block text-[11px] font-normal text-slate-500">Of those who reach it, {clockWord}</span>
          </dd>
        </div>
      </dl>
      {figures.estimatedOnTimeShare !== null && (
        <p className="text-xs text-slate-500">
          Counting recent customers for as long as they have been watched, an estimated {sharePercent(figures.estimatedOnTimeShare)} reach it by
          day {figures.windowDays}.
        </p>
      )}
      <MilestoneCharts figures={figures} />
    </section>
  );
}
