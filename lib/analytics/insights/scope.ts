import { selectCustomers, type CustomerFilters } from '../filters';
import { observe, resolveAsOf, type Observation } from '../observation';
import type { PreparedStore } from '../prepared-store';
import { asPreparedStore, type StoreInput } from '../store-input';

/** The customers an insights report is about: the store as of a date, filtered. */
export interface InsightScope {
  store: PreparedStore;
  observation: Observation;
  /** Customer indices, ascending (= by first purchase). */
  selection: Int32Array;
}

export function insightScope(input: StoreInput, filters: CustomerFilters = {}, asOf?: number | null): InsightScope {
  const store = asPreparedStore(input);
  const observation = observe(store, resolveAsOf(store, asOf));
  return { store, observation, selection: selectCustomers(store, observation, filters) };
}
