import type { CustomerFilters } from '@/lib/analytics/filters';
import { formatCount, formatPercent } from './numbers';

/**
 * How the comparison's figures are worded and coloured on the map: one place, so the
 * badges, the legend, the details panel and the tests agree.
 */

export type TargetTone = 'good' | 'close' | 'behind' | 'neutral';

/** Within this many points below target a milestone is "close" (amber). */
export const CLOSE_TO_TARGET = 0.1;

/**
 * On or above target → good (green); behind by at most 10 points → close (amber); further
 * behind → behind (rose); no target, or nobody eligible → neutral.
 */
export function targetTone(onTimeShare: number | null, target: number | null): TargetTone {
  if (onTimeShare === null || target === null) return 'neutral';
  const gap = onTimeShare - target;
  // Compare in whole tenths of a point so 0.1 + 0.2 style float noise never flips a colour.
  const gapTenths = Math.round(gap * 1000);
  if (gapTenths >= 0) return 'good';
  if (gapTenths >= -Math.round(CLOSE_TO_TARGET * 1000)) return 'close';
  return 'behind';
}

export const TONE_LABELS: Record<TargetTone, string> = {
  good: 'On or above target',
  close: `Within ${Math.round(CLOSE_TO_TARGET * 100)} points of target`,
  behind: `More than ${Math.round(CLOSE_TO_TARGET * 100)} points behind target`,
  neutral: 'No target set (or nobody measurable yet)',
};

/** A share as a whole percent ("48%"), or "—" when there is none. */
export function sharePercent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : formatPercent(share, 0);
}

/** The gap to target in points: "+3 pts", "−12 pts", "on target". */
export function describeGap(onTimeShare: number | null, target: number | null): string | null {
  if (onTimeShare === null || target === null) return null;
  const points = Math.round((onTimeShare - target) * 100);
  if (points === 0) return 'on target';
  return points > 0 ? `+${points} pts` : `−${-points} pts`;
}

/** "1,234 of 2,571 on time (48%)" — the sentence a badge stands for. */
export function describeOnTime(onTime: number, eligible: number, share: number | null, target: number | null): string {
  if (eligible === 0) return 'Nobody can be measured yet: no customer has been watched for the whole window.';
  const base = `${formatCount(onTime)} of ${formatCount(eligible)} customers reached it on time (${sharePercent(share)})`;
  return target === null ? `${base}.` : `${base}; target ${sharePercent(target)} (${describeGap(share, target)}).`;
}

/** "12 d" / "—". */
export function describeDays(days: number | null | undefined): string {
  return days === null || days === undefined ? '—' : `${formatCount(days)} d`;
}

/**
 * Stroke width of an arrow for the customers who went along it, relative to the busiest
 * arrow: from 1.5 px (none) to 9 px (the busiest), by square root so small flows stay visible.
 */
export function flowStrokeWidth(flow: number, maxFlow: number): number {
  if (maxFlow <= 0 || flow <= 0) return 1.5;
  const ratio = Math.min(1, flow / maxFlow);
  return Math.round((1.5 + 7.5 * Math.sqrt(ratio)) * 10) / 10;
}

export interface CurvePoint {
  day: number;
  /** 0–1. */
  share: number;
}

/**
 * A Kaplan–Meier curve as the points of a step chart: from 0 on day 0, a step on each day
 * someone reached it, flat to the last day anyone was watched (never beyond).
 */
export function reachCurvePoints(curve: { days: number[]; share: number[]; lastDay: number }): CurvePoint[] {
  if (curve.lastDay < 0) return [];
  const points: CurvePoint[] = [];
  if (curve.days[0] !== 0) points.push({ day: 0, share: 0 });
  curve.days.forEach((day, i) => points.push({ day, share: curve.share[i] }));
  const last = points[points.length - 1];
  if (last.day < curve.lastDay) points.push({ day: curve.lastDay, share: last.share });
  return points;
}

export interface HistogramBin {
  from: number;
  to: number;
  label: string;
  count: number;
}

/** Histogram bins with readable labels: "Day 3", or "Days 7–13". */
export function histogramBins(histogram: { binDays: number; counts: number[] }): HistogramBin[] {
  return histogram.counts.map((count, k) => {
    const from = k * histogram.binDays;
    const to = from + histogram.binDays - 1;
    return { from, to, label: from === to ? `Day ${from}` : `Days ${from}–${to}`, count };
  });
}

/**
 * The customer filters in words, one phrase each, for a printed comparison:
 * ["first order 2025-01-01 – 2025-03-31", "country US", "no discount on the first order"].
 */
export function describeFilters(filters: CustomerFilters, asOf: number | null = null): string[] {
  const day = (at: number) => new Date(at).toISOString().slice(0, 10);
  const out: string[] = [];
  const from = filters.from ?? null;
  const to = filters.to ?? null;
  if (from !== null && to !== null) out.push(`first order ${day(from)} – ${day(to)}`);
  else if (from !== null) out.push(`first order from ${day(from)}`);
  else if (to !== null) out.push(`first order until ${day(to)}`);
  if (filters.firstProduct) out.push(`first product ${filters.firstProduct}`);
  if (filters.source) out.push(`source ${filters.source}`);
  if (filters.country) out.push(`country ${filters.country}`);
  const discount = filters.firstDiscount ?? null;
  if (discount && !discount.used) out.push('no discount on the first order');
  else if (discount?.used) out.push(discount.code ? `discount code ${discount.code} on the first order` : 'a discount on the first order');
  if (asOf !== null) out.push(`as of ${day(asOf)}`);
  return out;
}
