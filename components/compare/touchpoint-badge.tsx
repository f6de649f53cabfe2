'use client';

import type { TouchpointFigures } from '@/lib/analytics/compare';
import { sharePercent } from '@/lib/format/compare';
import { formatCount } from '@/lib/format/numbers';
import { FigureButton } from './figure-button';

/**
 * A touchpoint tied to day N: the customers still on one purchase on that day (the
 * audience) and how many of them bought again within the 7 days from it.
 */
export function TouchpointBadge({ nodeId, title, figures }: { nodeId: string; title: string; figures: TouchpointFigures }) {
  const sentence =
    `Day ${figures.day}: ${formatCount(figures.audience)} customers still had one purchase; ` +
    `${formatCount(figures.bought)} bought again on days ${figures.day}–${figures.day + 6}` +
    (figures.share === null ? '.' : ` (${sharePercent(figures.share)} of those watched all 7 days).`);
  return (
    <div
      data-testid={`touchpoint-badge-${nodeId}`}
      data-audience={figures.audience}
      data-bought={figures.bought}
      title={sentence}
      className="nodrag nopan absolute -bottom-3.5 left-1/2 z-10 flex h-7 max-w-[calc(100%+1.5rem)] -translate-x-1/2 items-center gap-1 rounded-full bg-sky-50 px-2.5 text-[11.5px] whitespace-nowrap text-sky-900 shadow-sm ring-1 ring-sky-300"
    >
      <span className="sr-only">{sentence}</span>
      <span aria-hidden>Audience</span>
      <FigureButton
        figure={`touchpoint:${nodeId}:audience`}
        title={`${title}: audience on day ${figures.day}`}
        count={figures.audience}
        label={`Show the ${formatCount(figures.audience)} customers in the audience`}
      >
        {formatCount(figures.audience)}
      </FigureButton>
      <span aria-hidden>·</span>
      <FigureButton
        figure={`touchpoint:${nodeId}:bought`}
        title={`${title}: bought within 7 days of day ${figures.day}`}
        count={figures.bought}
        label={`Show the ${formatCount(figures.bought)} customers who bought in those 7 days`}
      >
        {formatCount(figures.bought)}
      </FigureButton>
      <span aria-hidden>bought in 7 d{figures.share === null ? '' : ` (${sharePercent(figures.share)})`}</span>
    </div>
  );
}
