import 'server-only';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { asc, eq } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { removeHistoryFile, historyPath } from '../history/files';
import { closeStoreHistory, historyFileName, MissingHistoryError, storeHistory } from '../history/read';
import { stores, mappingPresets } from '../schema';

export interface StoreSummary {
  customers: number;
  orders: number;
  purchases: number;
  /** Net revenue of purchases (totals less refunds), summed across currencies. */
  revenue: number;
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
  /** Imports made into the store (finished ones, successful or not). */
  imports: number;
}

export interface StoreListItem {
  id: string;
  name: string;
  isDemo: boolean;
  createdAt: Date;
  summary: StoreSummary;
  /** Why the store's figures cannot be read (its history file is missing); null when they can. */
  problem: string | null;
}

/** What the list says of a store whose history file is missing. */
export const MISSING_HISTORY_PROBLEM = 'Its order history file is missing. Restore the data folder from a backup, or delete the store.';

export function createStore(name: string, db: Db = getDb(), options: { isDemo?: boolean } = {}): string {
  const id = randomUUID();
  db.insert(stores).values({ id, name, isDemo: options.isDemo ?? false, createdAt: new Date() }).run();
  return id;
}

export function storeExists(id: string, db: Db = getDb()): boolean {
  return db.select({ id: stores.id }).from(stores).where(eq(stores.id, id)).get() !== undefined;
}

export function getStore(id: string, db: Db = getDb()) {
  return db.select().from(stores).where(eq(stores.id, id)).get();
}

export function listStores(db: Db = getDb()): StoreListItem[] {
  const rows = db.select().from(stores).orderBy(asc(stores.createdAt)).all();
  // One damaged store must not hide the others: it is listed, saying what is wrong.
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    ...(readStoreSummary(row.id, db) ?? { summary: emptySummary(), problem: null }),
  }));
}

/**
 * The store's summary, or when its figures cannot be read (its history file is missing)
 * what is wrong, with the figures that can still be told (its imports). Undefined when
 * there is no such store.
 */
export function readStoreSummary(id: string, db: Db = getDb()): Pick<StoreListItem, 'summary' | 'problem'> | undefined {
  try {
    const summary = getStoreSummary(id, db);
    return summary && { summary, problem: null };
  } catch (error) {
    if (!(error instanceof MissingHistoryError)) throw error;
    return { summary: { ...emptySummary(), imports: countImports(id, db) }, problem: MISSING_HISTORY_PROBLEM };
  }
}

/** Every store's id and name, oldest first (cheap: no summary figures). */
export function listStoreChoices(db: Db = getDb()): Array<{ id: string; name: string }> {
  return db.select({ id: stores.id, name: stores.name }).from(stores).orderBy(asc(stores.createdAt)).all();
}

export function renameStore(id: string, name: string, db: Db = getDb()): boolean {
  return db.update(stores).set({ name }).where(eq(stores.id, id)).run().changes > 0;
}

/**
 * Deletes a store with everything imported into it: its row (imports and rejected rows
 * follow by cascade), then its history file. Maps linked to the store are unlinked.
 */
export function deleteStore(id: string, db: Db = getDb()): boolean {
  const sqlite = db.$client;
  const historyFile = historyFileName(id, db);
  const deleted = sqlite.transaction(() => {
    // Maps compared with the store go back to being unlinked (maps.store_id is not a foreign key).
    sqlite.prepare('UPDATE maps SET store_id = NULL WHERE store_id = ?').run(id);
    return sqlite.prepare('DELETE FROM stores WHERE id = ?').run(id).changes > 0;
  })();
  closeStoreHistory(id, db);
  // A crash before this line leaves a file no store names, deleted at the next start.
  if (historyFile !== null) removeHistoryFile(historyPath(sqlite.name, historyFile));
  return deleted;
}

/** True when the store names a history file that is not there (see MISSING_HISTORY_PROBLEM). */
export function historyIsMissing(id: string, db: Db = getDb()): boolean {
  const file = historyFileName(id, db);
  return file !== null && !fs.existsSync(historyPath(db.$client.name, file));
}

/** The history files stores name (the ones that must be kept). */
export function historyFilesInUse(db: Db = getDb()): Set<string> {
  const rows = db.$client.prepare('SELECT history_file FROM stores WHERE history_file IS NOT NULL').pluck().all() as string[];
  return new Set(rows);
}

function emptySummary(): StoreSummary {
  return { customers: 0, orders: 0, purchases: 0, revenue: 0, firstOrderAt: null, lastOrderAt: null, imports: 0 };
}

/** When the store's last order (of any kind) was placed, in ms; null when it has none. */
export function lastOrderTime(id: string, db: Db = getDb()): number | null {
  const history = storeHistory(id, db);
  if (!history) return null;
  const row = history.prepare('SELECT max(created_at) AS last FROM orders').get() as { last: number | null };
  return row.last;
}

/** Imports made into the store that have ended (successful or not). */
function countImports(id: string, db: Db): number {
  const row = db.$client.prepare("SELECT count(*) AS imports FROM imports WHERE store_id = ? AND status <> 'running'").get(id) as {
    imports: number;
  };
  return row.imports;
}

export function getStoreSummary(id: string, db: Db = getDb()): StoreSummary | undefined {
  if (!storeExists(id, db)) return undefined;
  const imports = countImports(id, db);
  const history = storeHistory(id, db);
  if (!history) return { ...emptySummary(), imports };
  const orderStats = history
    .prepare(
      `SELECT count(*) AS orders,
              coalesce(sum(is_purchase), 0) AS purchases,
              coalesce(sum(CASE WHEN is_purchase = 1 THEN net_revenue ELSE 0 END), 0) AS revenue,
              min(created_at) AS firstOrderAt,
              max(created_at) AS lastOrderAt
         FROM orders`,
    )
    .get() as { orders: number; purchases: number; revenue: number; firstOrderAt: number | null; lastOrderAt: number | null };
  const { customers } = history.prepare('SELECT count(*) AS customers FROM customers').get() as { customers: number };
  return {
    customers,
    orders: orderStats.orders,
    purchases: orderStats.purchases,
    revenue: Math.round(orderStats.revenue * 100) / 100,
    firstOrderAt: orderStats.firstOrderAt === null ? null : new Date(orderStats.firstOrderAt),
    lastOrderAt: orderStats.lastOrderAt === null ? null : new Date(orderStats.lastOrderAt),
    imports,
  };
}

export interface MappingPreset {
  id: string;
  name: string;
  /** Field → column name (validated by lib/orders/mapping when saved and when used). */
  mapping: Record<string, string>;
  options: Record<string, unknown>;
  createdAt: Date;
}

export function listMappingPresets(db: Db = getDb()): MappingPreset[] {
  return db
    .select()
    .from(mappingPresets)
    .orderBy(asc(mappingPresets.name))
    .all()
    .map((row) => ({
      id: row.id,
      name: row.name,
      mapping: JSON.parse(row.mapping) as Record<string, string>,
      options: JSON.parse(row.options) as Record<string, unknown>,
      createdAt: row.createdAt,
    }));
}

/** Saves a preset under `name`, replacing the preset of the same name. Returns its id. */
export function saveMappingPreset(
  name: string,
  mapping: Record<string, string>,
  options: Record<string, unknown> = {},
  db: Db = getDb(),
): string {
  const existing = db.select({ id: mappingPresets.id }).from(mappingPresets).where(eq(mappingPresets.name, name)).get();
  if (existing) {
    db.update(mappingPresets)
      .set({ mapping: JSON.stringify(mapping), options: JSON.stringify(options) })
      .where(eq(mappingPresets.id, existing.id))
      .run();
    return existing.id;
  }
  const id = randomUUID();
  db.insert(mappingPresets)
    .values({ id, name, mapping: JSON.stringify(mapping), options: JSON.stringify(options), createdAt: new Date() })
    .run();
  return id;
}

export function deleteMappingPreset(id: string, db: Db = getDb()): boolean {
  return db.delete(mappingPresets).where(eq(mappingPresets.id, id)).run().changes > 0;
}
