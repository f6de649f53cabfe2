import { roundMoney } from '@/lib/orders/amounts';
import type { CustomerFilters } from './filters';
import {
  CENSORED,
  comparisonContext,
  edgeOutcomes,
  LATE,
  milestoneBucket,
  NOT_REACHED,
  ON_TIME,
  touchpointOutcomes,
  type ComparisonDocument,
} from './compare';
import { milestoneGraph } from './milestone-graph';
import type { Observation } from './observation';
import type { PreparedStore } from './prepared-store';
import type { StoreInput } from './store-input';

/**
 * The customers behind each number of a comparison, computed with the very same rules as
 * the number itself (so a list's length always equals the figure it opens).
 */
export const MILESTONE_LISTS = ['eligible', 'onTime', 'late', 'notReached', 'censored', 'reached'] as const;
export const EDGE_LISTS = ['reachedSource', 'converted', 'notConverted'] as const;
export const TOUCHPOINT_LISTS = ['audience', 'bought'] as const;

export type FigureRef =
  | { kind: 'milestone'; nodeId: string; list: (typeof MILESTONE_LISTS)[number] }
  | { kind: 'edge'; edgeId: string; list: (typeof EDGE_LISTS)[number] }
  | { kind: 'touchpoint'; nodeId: string; list: (typeof TOUCHPOINT_LISTS)[number] };

export interface CustomerList {
  /** Customers (indices into the prepared store), ordered by first purchase. */
  customers: Int32Array;
  store: PreparedStore;
  observation: Observation;
}

/** The customers behind one figure; an unknown node or edge gives an empty list. */
export function comparisonCustomers(
  document: ComparisonDocument,
  input: StoreInput,
  filters: CustomerFilters,
  asOf: number | null | undefined,
  ref: FigureRef,
): CustomerList {
  // Only the milestones behind this one figure are kept per customer (none for a touchpoint).
  const ends = ref.kind === 'edge' ? milestoneGraph(document).edgeEnds.get(ref.edgeId) : undefined;
  const needed = ref.kind === 'milestone' ? [ref.nodeId] : ends ? [ends.from, ends.to] : [];
  const context = comparisonContext(document, input, filters, asOf, needed);
  const { store, observation, selection } = context;
  const picked = new Int32Array(selection.length);
  let count = 0;

  if (ref.kind === 'milestone') {
    const reach = context.reaches.get(ref.nodeId);
    if (reach) {
      const window = reach.milestone.data.window;
      const windowDays = window ? window.days : null;
      for (let i = 0; i < selection.length; i++) {
        const clock = reach.clockStart[i];
        if (clock < 0) continue;
        const purchase = reach.reach[i];
        const reachedDay = purchase >= 0 ? store.day[purchase] - clock : -1;
        const bucket = milestoneBucket(reachedDay, observation.observedDay[selection[i]] - clock, windowDays);
        const keep =
          ref.list === 'eligible'
            ? bucket === ON_TIME || bucket === LATE || bucket === NOT_REACHED
            : ref.list === 'onTime'
              ? bucket === ON_TIME
              : ref.list === 'late'
                ? bucket === LATE
                : ref.list === 'notReached'
                  ? bucket === NOT_REACHED
                  : ref.list === 'censored'
                    ? bucket === CENSORED
                    : reachedDay >= 0;
        if (keep) picked[count++] = selection[i];
      }
    }
  } else if (ref.kind === 'edge') {
    if (ends) {
      const { outcome } = edgeOutcomes(context, ends.from, ends.to);
      const wanted = ref.list === 'converted' ? 1 : ref.list === 'notConverted' ? 0 : -2;
      for (let i = 0; i < outcome.length; i++) {
        if (outcome[i] < 0) continue;
        if (wanted === -2 || outcome[i] === wanted) picked[count++] = selection[i];
      }
    }
  } else {
    const node = document.nodes.find((n) => n.id === ref.nodeId);
    if (node && node.kind === 'touchpoint' && node.data.dayAfterFirstOrder !== null) {
      const outcome = touchpointOutcomes(store, observation, selection, node.data.dayAfterFirstOrder);
      for (let i = 0; i < outcome.length; i++) {
        if (outcome[i] < 0) continue;
        if (ref.list === 'audience' || outcome[i] === 1) picked[count++] = selection[i];
      }
    }
  }
  return { customers: picked.slice(0, count), store, observation };
}

export interface CustomerRow {
  customerId: string;
  /** ISO 8601 (UTC). */
  firstPurchaseAt: string;
  lastPurchaseAt: string;
  /** Purchases and net revenue up to the as-of date. */
  purchases: number;
  revenue: number;
}

export interface CustomerPage {
  total: number;
  offset: number;
  limit: number;
  rows: CustomerRow[];
}

/** One page of a customer list, with what a table of customers shows. */
export function customerPage(list: CustomerList, offset = 0, limit = 50): CustomerPage {
  const total = list.customers.length;
  const start = Math.max(0, Math.min(Math.floor(offset), total));
  const end = Math.min(total, start + Math.max(0, Math.floor(limit)));
  const rows: CustomerRow[] = [];
  for (let k = start; k < end; k++) rows.push(customerRow(list.store, list.observation, list.customers[k]));
  return { total, offset: start, limit, rows };
}

export function customerRow(store: PreparedStore, observation: Observation, customer: number): CustomerRow {
  const first = store.purchaseStart[customer];
  const end = observation.visibleEnd[customer];
  let revenue = 0;
  for (let p = first; p < end; p++) revenue += store.revenue[p];
  return {
    customerId: store.customerIds[customer],
    firstPurchaseAt: new Date(store.at[first]).toISOString(),
    lastPurchaseAt: new Date(store.at[Math.max(first, end - 1)]).toISOString(),
    purchases: end - first,
    revenue: roundMoney(revenue),
  };
}
