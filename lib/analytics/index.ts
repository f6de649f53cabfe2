/**
 * lib/analytics — every number Loopmap shows about real customers, as pure functions of
 * (timelines, filters, as-of date [, journey document]). Framework-free; see
 * the README ("What every figure means") for the plain-words definition of each figure.
 *
 * Typical use on the server: prepare a store once per import and cache it,
 *   const store = prepareStore(timelines);
 *   compare(document, store, filters, asOf);        // the map overlay
 *   storeInsights(store, filters, asOf);             // the insights page
 *   customerPage(comparisonCustomers(document, store, filters, asOf, ref), offset, limit);
 */
export type { CustomerTimeline, TimelineLine, TimelinePurchase } from './timeline';
export { prepareStore, isPreparedStore, type PreparedStore } from './prepared-store';
export { asPreparedStore, type StoreInput } from './store-input';
export { DAY_MS, parseDateInput, monthLabel, monthIndexOf, wholeDaysBetween } from './dates';
export { selectCustomers, filtersQuerySchema, type CustomerFilters, type FiltersQuery } from './filters';
export { observe, resolveAsOf, type Observation } from './observation';
export {
  kaplanMeier,
  kaplanMeierOf,
  shareBy,
  finalShare,
  medianDayOfAll,
  medianDayOfReachers,
  SurvivalTally,
  type ReachCurve,
} from './survival';
export { milestoneGraph, type MilestoneGraph, type MilestoneNode } from './milestone-graph';
export { evaluateMilestones, type MilestoneReach } from './milestone-match';
export { dayHistogram, binWidthFor, type DayHistogram } from './histogram';
export {
  compare,
  comparisonContext,
  milestoneBucket,
  type Comparison,
  type ComparisonDocument,
  type EdgeFigures,
  type MilestoneFigures,
  type TargetFigures,
  type TouchpointFigures,
} from './compare';
export {
  comparisonCustomers,
  customerPage,
  customerRow,
  EDGE_LISTS,
  MILESTONE_LISTS,
  TOUCHPOINT_LISTS,
  type CustomerList,
  type CustomerPage,
  type CustomerRow,
  type FigureRef,
} from './customer-lists';
export * from './insights';
