import 'server-only';
import { getDb, type Db } from '@/db/client';
import { storeDataVersion } from '@/db/queries/imports';
import { lastOrderTime } from '@/db/queries/stores';
import { listCustomerTimelines } from '@/db/queries/timelines';
import { prepareStore, type CustomerTimeline, type PreparedStore } from '@/lib/analytics';

/**
 * Prepared stores, kept in memory between requests. Loading a store's timelines and laying
 * them out (`prepareStore`) costs a pass over every order line; every comparison and
 * insights request after that only scans typed arrays. An entry is keyed by the store's
 * latest finished import, so an import that finishes (in the import worker, on its own
 * connection) makes the next request load the store again, and a deleted store is never
 * served. At most `capacity` stores are kept, the least recently used leaves first.
 */

export const DEFAULT_CACHE_CAPACITY = 3;

type Loader = (storeId: string, db: Db) => readonly CustomerTimeline[];

export interface PreparedStoreCacheOptions {
  capacity?: number;
  /** How timelines are read (tests count loads through it). */
  load?: Loader;
}

interface Entry {
  key: string;
  store: PreparedStore;
}

export class PreparedStoreCache {
  private readonly entries = new Map<string, Entry>();
  private readonly capacity: number;
  private readonly load: Loader;

  constructor(options: PreparedStoreCacheOptions = {}) {
    this.capacity = Math.max(1, Math.floor(options.capacity ?? DEFAULT_CACHE_CAPACITY));
    this.load = options.load ?? ((storeId, db) => listCustomerTimelines(storeId, db));
  }

  /** The prepared store, loading it when it is not cached or its data changed; undefined when there is no such store. */
  get(storeId: string, db: Db = getDb()): PreparedStore | undefined {
    const version = storeDataVersion(storeId, db);
    if (!version.exists) {
      this.entries.delete(storeId);
      return undefined;
    }
    const cached = this.entries.get(storeId);
    if (cached && cached.key === version.key) {
      // Most recently used last.
      this.entries.delete(storeId);
      this.entries.set(storeId, cached);
      return cached.store;
    }
    this.entries.delete(storeId);
    // Timelines hold purchases only; the default as-of is the store's last order of any kind.
    const store = prepareStore(this.load(storeId, db), { lastOrderAt: lastOrderTime(storeId, db) });
    this.entries.set(storeId, { key: version.key, store });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return store;
  }

  /** Forgets a store (its import finished, or it was deleted). */
  invalidate(storeId: string): void {
    this.entries.delete(storeId);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Store ids held, least recently used first. */
  cachedStoreIds(): string[] {
    return [...this.entries.keys()];
  }
}

function capacityFromEnv(): number {
  const configured = Number(process.env.LOOPMAP_STORE_CACHE_SIZE);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_CACHE_CAPACITY;
}

// One cache per process, shared by server.ts and Next's route bundles.
const globalForCache = globalThis as unknown as { __loopmapPreparedStores?: PreparedStoreCache };

export function preparedStores(): PreparedStoreCache {
  globalForCache.__loopmapPreparedStores ??= new PreparedStoreCache({ capacity: capacityFromEnv() });
  return globalForCache.__loopmapPreparedStores;
}

/** The prepared store of `storeId` from the process cache; undefined when there is no such store. */
export function loadPreparedStore(storeId: string, db: Db = getDb()): PreparedStore | undefined {
  return preparedStores().get(storeId, db);
}

/** Drops a store from the process cache (after an import finishes or the store is deleted). */
export function invalidatePreparedStore(storeId: string): void {
  globalForCache.__loopmapPreparedStores?.invalidate(storeId);
}
