import type { CustomerFilters } from '../filters';
import type { CustomerList } from '../customer-lists';
import type { StoreInput } from '../store-input';
import type { ReachCurve } from '../survival';
import { cohortTable, type CohortRow } from './cohorts';
import { firstProductTable, type FirstProductRow } from './first-products';
import { storeKpis, type SecondPurchaseByDay, type StoreKpis } from './kpis';
import { insightScope } from './scope';
import { segmentMembers, segmentReport, type Segment, type SegmentReport, type SegmentThresholds } from './segments';
import { orderSequence, type SequenceRow } from './sequence';

export interface StoreInsights {
  /** The moment the figures describe, ISO 8601 (UTC). */
  asOf: string;
  kpis: StoreKpis;
  secondPurchaseByDay: SecondPurchaseByDay;
  secondPurchaseCurve: ReachCurve;
  cohorts: CohortRow[];
  firstProducts: FirstProductRow[];
  sequence: SequenceRow[];
  /** One row per lifecycle segment, in the order of SEGMENTS. */
  segments: SegmentReport['rows'];
  /** The Discount-driven flag (on top of the segments). */
  discountDriven: SegmentReport['discountDriven'];
  /** The segment thresholds applied, with the store's median gap. */
  segmentThresholds: SegmentReport['thresholds'];
}

/** Every figure of the store insights page, for the customers passing `filters`, as of `asOf`. */
export function storeInsights(
  input: StoreInput,
  filters: CustomerFilters = {},
  asOf?: number | null,
  thresholds: Partial<SegmentThresholds> = {},
): StoreInsights {
  const scope = insightScope(input, filters, asOf);
  const { kpis, secondPurchaseByDay, secondPurchaseCurve } = storeKpis(scope);
  const segments = segmentReport(scope, thresholds);
  return {
    asOf: new Date(scope.observation.asOf).toISOString(),
    kpis,
    secondPurchaseByDay,
    secondPurchaseCurve,
    cohorts: cohortTable(scope),
    firstProducts: firstProductTable(scope),
    sequence: orderSequence(scope),
    segments: segments.rows,
    discountDriven: segments.discountDriven,
    segmentThresholds: segments.thresholds,
  };
}

/** The customers of one lifecycle segment (or the discount-driven flag), for paging or CSV. */
export function segmentCustomers(
  input: StoreInput,
  filters: CustomerFilters,
  asOf: number | null | undefined,
  which: Segment | 'discountDriven',
  thresholds: Partial<SegmentThresholds> = {},
): CustomerList {
  const scope = insightScope(input, filters, asOf);
  return { customers: segmentMembers(scope, which, thresholds), store: scope.store, observation: scope.observation };
}

export { cohortTable, firstProductTable, insightScope, orderSequence, segmentReport, storeKpis };
export type { CohortRow, FirstProductRow, SecondPurchaseByDay, SequenceRow, StoreKpis };
export * from './segments';
export { SECOND_PURCHASE_DAYS } from './kpis';
export type { InsightScope } from './scope';
