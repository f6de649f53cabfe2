import 'server-only';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../client';
import { generationName, historyPath, makeDurable, removeHistoryFile } from './files';
import { closeStoreHistory, historyFileName } from './read';
import { createHistoryTables } from './schema';

/**
 * Gives a store a new generation of its history: a copy of the current one (or an empty
 * one) to which `fill` adds rows as a finished import leaves them, timeline included. For
 * test fixtures and tools that hold finished histories; imports build theirs with
 * builder.ts.
 */
export function extendHistory(db: Db, storeId: string, fill: (history: Database.Database) => void): void {
  const sqlite = db.$client;
  const name = generationName(storeId, randomUUID());
  const file = historyPath(sqlite.name, name);
  const previous = historyFileName(storeId, db);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (previous !== null) fs.copyFileSync(historyPath(sqlite.name, previous), file);
  const history = new Database(file);
  try {
    if (previous === null) createHistoryTables(history);
    history.transaction(() => fill(history))();
  } catch (error) {
    history.close();
    removeHistoryFile(file);
    throw error;
  }
  history.close();
  makeDurable(file);
  sqlite.prepare('UPDATE stores SET history_file = ? WHERE id = ?').run(name, storeId);
  closeStoreHistory(storeId, db);
  if (previous !== null) removeHistoryFile(historyPath(sqlite.name, previous));
}

export interface LineToWrite {
  productName: string;
  sku: string;
  category: string;
  quantity: number;
  lineTotal: number;
  unitPrice?: number;
}

/** Writes one line of an order, with its product (added on first use), inside an extendHistory fill. */
export function writeLine(history: Database.Database, orderRef: number, position: number, line: LineToWrite): void {
  const found = history
    .prepare('SELECT id FROM products WHERE product_name = ? AND sku = ? AND category = ?')
    .get(line.productName, line.sku, line.category) as { id: number } | undefined;
  const productRef =
    found?.id ??
    Number(history.prepare('INSERT INTO products (product_name, sku, category) VALUES (?, ?, ?)').run(line.productName, line.sku, line.category).lastInsertRowid);
  history
    .prepare('INSERT INTO order_lines (order_ref, position, product_ref, quantity, unit_price, line_total) VALUES (?, ?, ?, ?, ?, ?)')
    .run(orderRef, position, productRef, line.quantity, line.unitPrice ?? 0, line.lineTotal);
}
