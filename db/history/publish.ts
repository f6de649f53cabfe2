import 'server-only';
import type Database from 'better-sqlite3';
import path from 'node:path';
import type { ImportTotals } from './builder';

/**
 * Makes a finished generation the store's history, in one transaction on the app's
 * database (attached to the builder's connection as `app`): the store names the new file,
 * the import is marked done with its figures, and its rejected rows are kept. The file
 * must already be durable (files.ts makeDurable). Returns the replaced generation's name.
 */

export interface PublishInput {
  storeId: string;
  importId: string;
  /** The new generation's path. */
  file: string;
  /** The generation the import started from: another import must not have replaced it since. */
  startedFrom: string | null;
  processedRows: number;
  processedBytes: number;
  totals: ImportTotals;
}

export interface PublishHooks {
  /** Called inside the transaction, before its end (tests inject faults). */
  beforeCommit?: () => void;
}

export function publishGeneration(
  sqlite: Database.Database,
  databaseFile: string,
  input: PublishInput,
  hooks: PublishHooks = {},
): string | null {
  const { storeId, importId, totals } = input;
  sqlite.prepare('ATTACH DATABASE ? AS app').run(databaseFile);
  // The app's own writes are short; the import waits for them rather than fail.
  sqlite.pragma('busy_timeout = 60000');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      const store = sqlite.prepare('SELECT history_file FROM app.stores WHERE id = ?').get(storeId) as
        | { history_file: string | null }
        | undefined;
      if (!store) throw new Error('The store was deleted while the import ran.');
      if (store.history_file !== input.startedFrom) throw new Error('Another import changed the store while this one ran.');
      sqlite
        .prepare(
          `INSERT INTO app.import_rejected_rows (import_id, row_number, reason, cells)
           SELECT ?, row_number, reason, cells FROM temp.rejected WHERE cells IS NOT NULL ORDER BY row_number`,
        )
        .run(importId);
      sqlite.prepare('UPDATE app.stores SET history_file = ? WHERE id = ?').run(path.basename(input.file), storeId);
      const done = sqlite
        .prepare(
          `UPDATE app.imports SET status = 'done', processed_rows = ?, processed_bytes = ?, orders = ?, purchases = ?,
             customers = ?, lines = ?, anonymous_orders = ?, revenue = ?, skipped = ?, first_order_at = ?, last_order_at = ?,
             finished_at = ?
           WHERE id = ? AND status = 'running'`,
        )
        .run(
          input.processedRows,
          input.processedBytes,
          totals.orders,
          totals.purchases,
          totals.customers,
          totals.lines,
          totals.anonymousOrders,
          totals.revenue,
          JSON.stringify(totals.skipped),
          totals.firstOrderAt,
          totals.lastOrderAt,
          Date.now(),
          importId,
        );
      if (done.changes === 0) throw new Error('The import was no longer running (marked failed meanwhile).');
      hooks.beforeCommit?.();
      sqlite.exec('COMMIT');
      return store.history_file;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
  } finally {
    sqlite.exec('DETACH DATABASE app');
  }
}
