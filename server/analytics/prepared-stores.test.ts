import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@/db/test-db';
import { createStore, deleteStore } from '@/db/queries/stores';
import { listCustomerTimelines } from '@/db/queries/timelines';
import { customer, handStore } from '@/lib/analytics/test-support/timelines';
import type { Db } from '@/db/client';
import { storeDataVersion } from '@/db/queries/imports';
import { PreparedStoreCache } from './prepared-stores';
import { seedStore, seedTimelines } from './testing/seed-store';

let t: ReturnType<typeof openTestDatabase>;
beforeEach(() => (t = openTestDatabase()));
afterEach(() => t.cleanup());

function countingCache(capacity = 3) {
  const loads: string[] = [];
  const cache = new PreparedStoreCache({
    capacity,
    load: (storeId: string, db: Db) => {
      loads.push(storeId);
      return listCustomerTimelines(storeId, db);
    },
  });
  return { cache, loads };
}

describe('the prepared-store cache', () => {
  it('loads a store once and serves it from memory after', () => {
    const storeId = seedStore(t.db, 'Shop', handStore());
    const { cache, loads } = countingCache();
    const first = cache.get(storeId, t.db);
    expect(first?.customerCount).toBe(6);
    expect(cache.get(storeId, t.db)).toBe(first);
    expect(loads).toEqual([storeId]);
  });

  it('loads the store again once another import has finished', () => {
    const storeId = seedStore(t.db, 'Shop', handStore());
    const { cache, loads } = countingCache();
    const before = cache.get(storeId, t.db);
    seedTimelines(t.db, storeId, [customer('late-comer', [0, 3], 30)], Date.now() + 1000);
    const after = cache.get(storeId, t.db);
    expect(after).not.toBe(before);
    expect(after?.customerCount).toBe(7);
    expect(loads).toHaveLength(2);
  });

  it('ignores running and failed imports', () => {
    const storeId = seedStore(t.db, 'Shop', handStore());
    const key = storeDataVersion(storeId, t.db).key;
    t.sqlite
      .prepare("INSERT INTO imports (id, store_id, file_name, format, status, started_at, finished_at) VALUES ('x', ?, 'f.csv', 'shopify', 'failed', ?, ?)")
      .run(storeId, Date.now() + 5000, Date.now() + 5000);
    t.sqlite
      .prepare("INSERT INTO imports (id, store_id, file_name, format, status, started_at) VALUES ('y', ?, 'g.csv', 'shopify', 'running', ?)")
      .run(storeId, Date.now() + 6000);
    expect(storeDataVersion(storeId, t.db)).toEqual({ exists: true, key });
  });

  it('answers undefined for a store that does not exist or was deleted', () => {
    const storeId = seedStore(t.db, 'Shop', handStore());
    const { cache } = countingCache();
    expect(cache.get('no-such-store', t.db)).toBeUndefined();
    expect(cache.get(storeId, t.db)).toBeDefined();
    deleteStore(storeId, t.db);
    expect(cache.get(storeId, t.db)).toBeUndefined();
    expect(cache.cachedStoreIds()).toEqual([]);
  });

  it('serves an empty store (no import yet) as an empty prepared store', () => {
    const storeId = createStore('Empty', t.db);
    const { cache } = countingCache();
    expect(storeDataVersion(storeId, t.db)).toEqual({ exists: true, key: '' });
    expect(cache.get(storeId, t.db)?.customerCount).toBe(0);
  });

  it('keeps at most `capacity` stores, dropping the least recently used', () => {
    const [a, b, c] = ['A', 'B', 'C'].map((name) => seedStore(t.db, name, [customer(`${name}-1`, [0, 5])]));
    const { cache, loads } = countingCache(2);
    cache.get(a, t.db);
    cache.get(b, t.db);
    cache.get(a, t.db); // a is now the most recent
    cache.get(c, t.db); // b leaves
    expect(cache.cachedStoreIds()).toEqual([a, c]);
    cache.get(a, t.db);
    expect(loads).toEqual([a, b, c]);
    cache.get(b, t.db);
    expect(loads).toEqual([a, b, c, b]);
  });

  it('forgets a store on invalidate', () => {
    const storeId = seedStore(t.db, 'Shop', handStore());
    const { cache, loads } = countingCache();
    cache.get(storeId, t.db);
    cache.invalidate(storeId);
    cache.get(storeId, t.db);
    expect(loads).toHaveLength(2);
  });
});
