import 'server-only';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import type { Db } from '../client';
import { historyPath } from './files';

/**
 * Read connections to stores' histories. A published generation is never written again,
 * so one read-only connection per store is kept open and reused until the store names
 * another file.
 */

/** The store names a history file that is not there (deleted by hand, or a partial backup). */
export class MissingHistoryError extends Error {
  constructor(readonly file: string) {
    super(`The order history of this store is missing: ${file} does not exist. Restore it from a backup of the data folder.`);
    this.name = 'MissingHistoryError';
  }
}

interface OpenHistory {
  name: string;
  sqlite: Database.Database;
}

const globalForHistory = globalThis as unknown as { __loopmapHistories?: Map<string, OpenHistory> };

function openHistories(): Map<string, OpenHistory> {
  globalForHistory.__loopmapHistories ??= new Map();
  return globalForHistory.__loopmapHistories;
}

function cacheKey(db: Db, storeId: string): string {
  return `${db.$client.name}\u0000${storeId}`;
}

/** The store's history file name, or null when it has none (or the store does not exist). */
export function historyFileName(storeId: string, db: Db): string | null {
  const row = db.$client.prepare('SELECT history_file FROM stores WHERE id = ?').get(storeId) as { history_file: string | null } | undefined;
  return row?.history_file ?? null;
}

/** A read-only connection to the store's current history, or null when it has none yet. */
export function storeHistory(storeId: string, db: Db): Database.Database | null {
  const name = historyFileName(storeId, db);
  const key = cacheKey(db, storeId);
  const open = openHistories().get(key);
  if (open && open.name === name) return open.sqlite;
  if (open) {
    open.sqlite.close();
    openHistories().delete(key);
  }
  if (name === null) return null;
  const file = historyPath(db.$client.name, name);
  if (!fs.existsSync(file)) throw new MissingHistoryError(file);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  openHistories().set(key, { name, sqlite });
  return sqlite;
}

/** Closes the store's read connection, if one is open (its file is about to be deleted). */
export function closeStoreHistory(storeId: string, db: Db): void {
  const key = cacheKey(db, storeId);
  openHistories().get(key)?.sqlite.close();
  openHistories().delete(key);
}
