import { DAY_MS } from './dates';
import type { PreparedStore } from './prepared-store';

/**
 * What the data shows as of one moment ("as-of"): purchases placed after it are ignored
 * and each customer's observation ends at it. A customer is *observed through day D*
 * when D = whole days from their first purchase to the as-of moment (never less than the
 * day of their last purchase seen). Customers whose first purchase is after the as-of
 * moment do not exist yet.
 */
export interface Observation {
  readonly asOf: number;
  /** Customers 0 … includedCount-1 (sorted by first purchase) exist as of `asOf`. */
  readonly includedCount: number;
  /** Per customer: one past the global index of their last purchase at or before asOf. */
  readonly visibleEnd: Int32Array;
  /** Per customer: the last day their data covers (−1 when not yet a customer). */
  readonly observedDay: Int32Array;
  /** The largest observedDay of any customer (−1 when there is none). */
  readonly maxObservedDay: number;
}

const cache = new WeakMap<PreparedStore, Observation>();

/** Resolves the as-of moment: the given one, else the store's last order. */
export function resolveAsOf(store: PreparedStore, asOf?: number | null): number {
  if (asOf !== undefined && asOf !== null && Number.isFinite(asOf)) return asOf;
  return store.lastOrderAt ?? 0;
}

/** The observation of `store` as of `asOf`; the last one computed per store is reused. */
export function observe(store: PreparedStore, asOf: number): Observation {
  const cached = cache.get(store);
  if (cached && cached.asOf === asOf) return cached;
  const n = store.customerCount;
  const visibleEnd = new Int32Array(n);
  const observedDay = new Int32Array(n).fill(-1);
  const { firstAt, purchaseStart, at, day } = store;
  let includedCount = 0;
  let maxObservedDay = -1;
  for (let c = 0; c < n; c++) {
    const start = purchaseStart[c];
    if (firstAt[c] > asOf) {
      visibleEnd[c] = start;
      continue;
    }
    includedCount = c + 1;
    let end = purchaseStart[c + 1];
    while (end > start + 1 && at[end - 1] > asOf) end--;
    visibleEnd[c] = end;
    const fromClock = Math.floor((asOf - firstAt[c]) / DAY_MS);
    const lastDay = day[end - 1];
    const observed = fromClock > lastDay ? fromClock : lastDay;
    observedDay[c] = observed;
    if (observed > maxObservedDay) maxObservedDay = observed;
  }
  const result: Observation = { asOf, includedCount, visibleEnd, observedDay, maxObservedDay };
  cache.set(store, result);
  return result;
}
