'use client';

import type { MilestoneFigures } from '@/lib/analytics/compare';
import { describeOnTime, sharePercent, targetTone } from '@/lib/format/compare';
import { formatCount } from '@/lib/format/numbers';
import { cn } from '@/components/ui/cn';
import { FigureButton } from './figure-button';
import { TONE_CLASSES } from './tones';

/**
 * The actual figures of a milestone, as a pill on the bottom edge of its card:
 * "48% on time · 120/250 · vs 50%", coloured by how far it is from the target.
 */
export function MilestoneBadge({ nodeId, figures }: { nodeId: string; figures: MilestoneFigures }) {
  const target = figures.target?.share ?? null;
  const tone = targetTone(figures.onTimeShare, target);
  const word = figures.windowDays === null ? 'reached' : 'on time';
  const sentence = describeOnTime(figures.onTime, figures.eligible, figures.onTimeShare, target);
  return (
    <div
      data-testid={`milestone-badge-${nodeId}`}
      data-tone={tone}
      data-on-time={figures.onTime}
      data-eligible={figures.eligible}
      data-share={figures.onTimeShare ?? ''}
      title={sentence}
      className={cn(
        'nodrag nopan absolute -bottom-3.5 left-1/2 z-10 flex h-7 max-w-[calc(100%+1.5rem)] -translate-x-1/2 items-center gap-1 rounded-full px-2.5 text-[11.5px] whitespace-nowrap shadow-sm ring-1',
        TONE_CLASSES[tone],
      )}
    >
      <span className="sr-only">{sentence}</span>
      <span aria-hidden className="font-semibold tabular-nums">
        {sharePercent(figures.onTimeShare)}
      </span>
      <span aria-hidden>{word} ·</span>
      <FigureButton
        figure={`milestone:${nodeId}:onTime`}
        title={`${figures.title}: ${word}`}
        count={figures.onTime}
        label={`Show the ${formatCount(figures.onTime)} customers ${word}`}
        testId={`milestone-badge-ontime-${nodeId}`}
      >
        {formatCount(figures.onTime)}
      </FigureButton>
      <span aria-hidden>/</span>
      <FigureButton
        figure={`milestone:${nodeId}:eligible`}
        title={`${figures.title}: eligible customers`}
        count={figures.eligible}
        label={`Show the ${formatCount(figures.eligible)} eligible customers`}
        testId={`milestone-badge-eligible-${nodeId}`}
      >
        {formatCount(figures.eligible)}
      </FigureButton>
      {target !== null && (
        <span aria-hidden className="opacity-80">
          · vs {sharePercent(target)}
        </span>
      )}
    </div>
  );
}
