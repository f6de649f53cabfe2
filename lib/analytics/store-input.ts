import type { CustomerTimeline } from './timeline';
import { isPreparedStore, prepareStore, type PreparedStore } from './prepared-store';

/** Every statistic accepts either raw timelines or a store prepared (and cached) by the caller. */
export type StoreInput = PreparedStore | readonly CustomerTimeline[];

const prepared = new WeakMap<readonly CustomerTimeline[], PreparedStore>();

/** The prepared form of `input`; preparing the same timelines array twice reuses the first result. */
export function asPreparedStore(input: StoreInput): PreparedStore {
  if (isPreparedStore(input)) return input;
  const timelines = input as readonly CustomerTimeline[];
  let store = prepared.get(timelines);
  if (!store) {
    store = prepareStore(timelines);
    prepared.set(timelines, store);
  }
  return store;
}
