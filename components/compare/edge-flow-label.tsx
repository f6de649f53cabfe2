'use client';

import type { EdgeFigures } from '@/lib/analytics/compare';
import { describeDays, sharePercent } from '@/lib/format/compare';
import { formatCount } from '@/lib/format/numbers';
import { FigureButton } from './figure-button';

/** On an arrow between two milestones: the share who did not go on (drop-off) and the median days. */
export function EdgeFlowLabel({
  edgeId,
  figures,
  x,
  y,
  anchor = 'center',
}: {
  edgeId: string;
  figures: EdgeFigures;
  x: number;
  y: number;
  /** `start`: the label begins at x (beside a vertical arrow) instead of being centred on it. */
  anchor?: 'center' | 'start';
}) {
  const notConverted = figures.reachedSource - figures.converted;
  const sentence =
    `${formatCount(figures.reachedSource)} customers reached the first milestone; ${formatCount(figures.converted)} went on to the next` +
    (figures.conversion === null ? '.' : ` (estimated ${sharePercent(figures.conversion)} in time, ${sharePercent(figures.dropOff)} drop off).`) +
    (figures.medianDays === null ? '' : ` Median ${describeDays(figures.medianDays)} between them.`);
  return (
    <div
      data-testid={`edge-flow-${edgeId}`}
      data-converted={figures.converted}
      data-reached={figures.reachedSource}
      title={sentence}
      className="nodrag nopan pointer-events-auto absolute flex items-center gap-1 rounded-md bg-indigo-50 px-1.5 py-0.5 text-[11px] whitespace-nowrap text-indigo-900 shadow-sm ring-1 ring-indigo-200"
      style={{ transform: `translate(${anchor === 'start' ? '0' : '-50%'}, -50%) translate(${x}px, ${y}px)` }}
    >
      <span className="sr-only">{sentence}</span>
      <FigureButton
        figure={`edge:${edgeId}:notConverted`}
        title="Did not go on (yet)"
        count={notConverted}
        label={`Show the ${formatCount(notConverted)} customers who did not go on`}
      >
        {sharePercent(figures.dropOff)} drop off
      </FigureButton>
      {figures.medianDays !== null && <span aria-hidden>· median {describeDays(figures.medianDays)}</span>}
    </div>
  );
}
