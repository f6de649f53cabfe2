import { roundMoney } from '@/lib/orders/amounts';
import { z } from 'zod';
import type { Observation } from '../observation';
import type { PreparedStore } from '../prepared-store';
import type { InsightScope } from './scope';

/**
 * Lifecycle segments: each customer is in exactly one, decided in this order, as of the
 * as-of date ("G" is the store's median gap between two consecutive purchases of a
 * customer, in days, over every customer of the store, whatever the filters):
 * 1. New — first purchase less than `newDays` (30) whole days ago.
 * 2. One-time — a single purchase (and not New).
 * 3. With 2+ purchases, by the days since their last purchase:
 *    Loyal — at most `activeGapMultiple` × G (1.5 G) and `loyalMinPurchases` (3)+ purchases;
 *    Active — at most 1.5 G (fewer purchases);
 *    At risk — more than 1.5 G and at most `lapsedGapMultiple` × G (3 G);
 *    Lapsed — more than 3 G.
 * Discount-driven is a flag on top of the segment: `discountMinPurchases` (2)+ purchases
 * and at least `discountShare` (75%) of them with a discount code.
 * Share of revenue = the segment's net revenue (all their purchases to the as-of date)
 * ÷ the revenue of all selected customers.
 */
export const SEGMENTS = ['new', 'oneTime', 'active', 'loyal', 'atRisk', 'lapsed'] as const;
export type Segment = (typeof SEGMENTS)[number];
export const SEGMENT_LABELS: Record<Segment, string> = {
  new: 'New',
  oneTime: 'One-time',
  active: 'Active',
  loyal: 'Loyal',
  atRisk: 'At risk',
  lapsed: 'Lapsed',
};

export const segmentThresholdsSchema = z.strictObject({
  newDays: z.number().int().min(1).max(3650).default(30),
  activeGapMultiple: z.number().positive().max(100).default(1.5),
  lapsedGapMultiple: z.number().positive().max(100).default(3),
  loyalMinPurchases: z.number().int().min(2).max(1000).default(3),
  discountMinPurchases: z.number().int().min(1).max(1000).default(2),
  discountShare: z.number().min(0).max(1).default(0.75),
  /** Overrides the store's median gap (days) when set. */
  medianGapDays: z.number().min(0).max(3650).nullable().default(null),
});
export type SegmentThresholds = z.infer<typeof segmentThresholdsSchema>;
export const DEFAULT_SEGMENT_THRESHOLDS: SegmentThresholds = segmentThresholdsSchema.parse({});

export interface SegmentRow {
  segment: Segment;
  label: string;
  customers: number;
  share: number | null;
  revenue: number;
  revenueShare: number | null;
}

export interface SegmentReport {
  rows: SegmentRow[];
  discountDriven: Omit<SegmentRow, 'segment' | 'label'>;
  /** The thresholds applied, with the median gap and the day limits it gives. */
  thresholds: SegmentThresholds & { medianGapDays: number | null; activeWithinDays: number | null; lapsedAfterDays: number | null };
}

/** Median days between consecutive purchases over every customer of the store; null without repeats. */
export function storeMedianGap(store: PreparedStore, observation: Observation): number | null {
  const counts = new Int32Array(Math.max(1, observation.maxObservedDay + 1));
  let total = 0;
  const { purchaseStart, day } = store;
  for (let c = 0; c < observation.includedCount; c++) {
    for (let p = purchaseStart[c] + 1, end = observation.visibleEnd[c]; p < end; p++) {
      counts[day[p] - day[p - 1]]++;
      total++;
    }
  }
  if (total === 0) return null;
  const lowIndex = Math.floor((total - 1) / 2);
  const highIndex = Math.floor(total / 2);
  let low = -1;
  let high = -1;
  for (let gap = 0, seen = 0; gap < counts.length; gap++) {
    seen += counts[gap];
    if (low < 0 && seen > lowIndex) low = gap;
    if (seen > highIndex) {
      high = gap;
      break;
    }
  }
  return (low + high) / 2;
}

export const SEGMENT_CODE: Record<Segment, number> = { new: 0, oneTime: 1, active: 2, loyal: 3, atRisk: 4, lapsed: 5 };

export interface SegmentAssignment {
  /** Per selected customer: index into SEGMENTS. */
  segment: Uint8Array;
  /** Per selected customer: 1 when discount-driven. */
  discountDriven: Uint8Array;
  thresholds: SegmentReport['thresholds'];
}

export function assignSegments(scope: InsightScope, thresholds: Partial<SegmentThresholds> = {}): SegmentAssignment {
  const { store, observation, selection } = scope;
  const settings = segmentThresholdsSchema.parse({ ...DEFAULT_SEGMENT_THRESHOLDS, ...thresholds });
  const gap = settings.medianGapDays ?? storeMedianGap(store, observation);
  const activeWithin = gap === null ? null : settings.activeGapMultiple * gap;
  const lapsedAfter = gap === null ? null : settings.lapsedGapMultiple * gap;
  const segment = new Uint8Array(selection.length);
  const discountDriven = new Uint8Array(selection.length);
  const { purchaseStart, day, discount } = store;
  const { visibleEnd, observedDay } = observation;
  for (let i = 0; i < selection.length; i++) {
    const c = selection[i];
    const first = purchaseStart[c];
    const end = visibleEnd[c];
    const count = end - first;
    const observed = observedDay[c];
    if (observed < settings.newDays) segment[i] = SEGMENT_CODE.new;
    else if (count === 1) segment[i] = SEGMENT_CODE.oneTime;
    else {
      const sinceLast = observed - day[end - 1];
      if (sinceLast <= (activeWithin ?? 0)) segment[i] = count >= settings.loyalMinPurchases ? SEGMENT_CODE.loyal : SEGMENT_CODE.active;
      else if (sinceLast <= (lapsedAfter ?? 0)) segment[i] = SEGMENT_CODE.atRisk;
      else segment[i] = SEGMENT_CODE.lapsed;
    }
    if (count >= settings.discountMinPurchases) {
      let discounted = 0;
      for (let p = first; p < end; p++) if (discount[p] !== 0) discounted++;
      if (discounted >= settings.discountShare * count) discountDriven[i] = 1;
    }
  }
  return {
    segment,
    discountDriven,
    thresholds: { ...settings, medianGapDays: gap, activeWithinDays: activeWithin, lapsedAfterDays: lapsedAfter },
  };
}

export function segmentReport(scope: InsightScope, thresholds: Partial<SegmentThresholds> = {}): SegmentReport {
  const assignment = assignSegments(scope, thresholds);
  const { store, observation, selection } = scope;
  const customers = new Array<number>(SEGMENTS.length).fill(0);
  const revenues = new Array<number>(SEGMENTS.length).fill(0);
  let flagged = 0;
  let flaggedRevenue = 0;
  let totalRevenue = 0;
  for (let i = 0; i < selection.length; i++) {
    const c = selection[i];
    let revenue = 0;
    for (let p = store.purchaseStart[c], end = observation.visibleEnd[c]; p < end; p++) revenue += store.revenue[p];
    totalRevenue += revenue;
    customers[assignment.segment[i]]++;
    revenues[assignment.segment[i]] += revenue;
    if (assignment.discountDriven[i]) {
      flagged++;
      flaggedRevenue += revenue;
    }
  }
  const total = selection.length;
  const share = (count: number) => (total > 0 ? count / total : null);
  const revenueShare = (revenue: number) => (totalRevenue !== 0 ? revenue / totalRevenue : null);
  return {
    rows: SEGMENTS.map((segment, k) => ({
      segment,
      label: SEGMENT_LABELS[segment],
      customers: customers[k],
      share: share(customers[k]),
      revenue: roundMoney(revenues[k]),
      revenueShare: revenueShare(revenues[k]),
    })),
    discountDriven: { customers: flagged, share: share(flagged), revenue: roundMoney(flaggedRevenue), revenueShare: revenueShare(flaggedRevenue) },
    thresholds: assignment.thresholds,
  };
}

/** The customers (store indices, by first purchase) of one segment, or of the discount-driven flag. */
export function segmentMembers(scope: InsightScope, which: Segment | 'discountDriven', thresholds: Partial<SegmentThresholds> = {}): Int32Array {
  const assignment = assignSegments(scope, thresholds);
  const picked = new Int32Array(scope.selection.length);
  let count = 0;
  const code = which === 'discountDriven' ? -1 : SEGMENT_CODE[which];
  for (let i = 0; i < scope.selection.length; i++) {
    const keep = code < 0 ? assignment.discountDriven[i] === 1 : assignment.segment[i] === code;
    if (keep) picked[count++] = scope.selection[i];
  }
  return picked.slice(0, count);
}
