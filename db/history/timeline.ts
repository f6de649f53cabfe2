import 'server-only';
import type Database from 'better-sqlite3';
import { createHistoryIndexes, dropCustomerIndex } from './schema';

/**
 * Derives a history's customer timeline and customer figures from its orders, whole, on
 * the connection that builds the generation. Work tables are TEMP, so none of them is
 * left in the published file.
 */

/** Customers per multi-row insert. */
const CUSTOMER_BATCH = 200;

/**
 * Every purchase of a known customer, in one sort by customer, date and order id,
 * numbered by its position in that order. Each purchase's place then follows from
 * positions: its sequence from the customer's first position, its gap from the row before
 * it. (SQLite's window functions give the same in one statement, at twice the time.)
 */
export function deriveTimeline(sqlite: Database.Database): void {
  runEach(sqlite, [
    'DROP TABLE IF EXISTS temp.t_sorted',
    'DROP TABLE IF EXISTS temp.t_first',
    `CREATE TEMP TABLE t_sorted (
       pos INTEGER PRIMARY KEY, order_ref INTEGER, customer_ref INTEGER, order_id TEXT, created_at INTEGER,
       net_revenue REAL, source TEXT, discount_code TEXT, country TEXT)`,
    // Rows of an INSERT … SELECT … ORDER BY get ascending rowids in that order.
    `INSERT INTO temp.t_sorted (order_ref, customer_ref, order_id, created_at, net_revenue, source, discount_code, country)
       SELECT id, customer_ref, order_id, created_at, net_revenue, source, discount_code, country
         FROM orders WHERE is_purchase = 1 AND customer_ref IS NOT NULL
        ORDER BY customer_ref, created_at, order_id`,
    `CREATE TEMP TABLE t_first (
       customer_ref INTEGER PRIMARY KEY, first_pos INTEGER, first_at INTEGER, purchase_count INTEGER, revenue REAL,
       last_at INTEGER)`,
    `INSERT INTO temp.t_first
       SELECT customer_ref, min(pos), min(created_at), count(*), sum(net_revenue), max(created_at)
         FROM temp.t_sorted GROUP BY customer_ref`,
    'DELETE FROM timeline',
    // In order_ref order, so the timeline table is written by appends.
    `INSERT INTO timeline (order_ref, sequence, day_offset, gap_days)
       SELECT s.order_ref, s.pos - f.first_pos + 1, (s.created_at - f.first_at) / 86400000,
              CASE WHEN s.pos > f.first_pos THEN (s.created_at - p.created_at) / 86400000 END
         FROM temp.t_sorted s
         JOIN temp.t_first f ON f.customer_ref = s.customer_ref
         LEFT JOIN temp.t_sorted p ON p.pos = s.pos - 1
        ORDER BY s.order_ref`,
  ]);
}

/** Runs statements one by one (each prepared on its own, so each has a query plan to check). */
function runEach(sqlite: Database.Database, statements: readonly string[]): void {
  for (const sql of statements) sqlite.prepare(sql).run();
}

/**
 * Writes every customer (id, key, e-mail, from the builder) with its figures: purchases,
 * net revenue, first and last purchase, and the first purchase's own fields. Run after
 * deriveTimeline.
 */
export function writeCustomers(sqlite: Database.Database, customers: Iterable<[number, string, string | null]>): void {
  runEach(sqlite, [
    'DROP TABLE IF EXISTS temp.t_keys',
    'CREATE TEMP TABLE t_keys (id INTEGER PRIMARY KEY, customer_key TEXT NOT NULL, email TEXT)',
  ]);
  const insertBatch = sqlite.prepare(
    `INSERT INTO temp.t_keys (id, customer_key, email) VALUES ${Array.from({ length: CUSTOMER_BATCH }, () => '(?, ?, ?)').join(', ')}`,
  );
  const insertOne = sqlite.prepare('INSERT INTO temp.t_keys (id, customer_key, email) VALUES (?, ?, ?)');
  const values: unknown[] = [];
  for (const [id, key, email] of customers) {
    values.push(id, key, email);
    if (values.length === CUSTOMER_BATCH * 3) {
      insertBatch.run(values);
      values.length = 0;
    }
  }
  for (let i = 0; i < values.length; i += 3) insertOne.run(values.slice(i, i + 3));

  dropCustomerIndex(sqlite);
  runEach(sqlite, [
    'DELETE FROM customers',
    `INSERT INTO customers (id, customer_key, email, purchase_count, net_revenue, first_purchase_at, last_purchase_at,
                            first_order_id, first_source, first_discount_code, first_country)
       SELECT k.id, k.customer_key, k.email, coalesce(f.purchase_count, 0), round(coalesce(f.revenue, 0), 2), f.first_at,
              f.last_at, s.order_id, s.source, s.discount_code, s.country
         FROM temp.t_keys k
         LEFT JOIN temp.t_first f ON f.customer_ref = k.id
         LEFT JOIN temp.t_sorted s ON s.pos = f.first_pos
        ORDER BY k.id`,
    'DROP TABLE temp.t_keys',
    'DROP TABLE temp.t_sorted',
    'DROP TABLE temp.t_first',
  ]);
  createHistoryIndexes(sqlite);
}

export interface ImportTotals {
  orders: number;
  purchases: number;
  customers: number;
  lines: number;
  anonymousOrders: number;
  revenue: number;
  firstOrderAt: number | null;
  lastOrderAt: number | null;
  skipped: Record<string, number>;
}

/** What one import brought: the orders it wrote, and the rows it skipped by reason. */
export function importTotals(sqlite: Database.Database, importId: string): ImportTotals {
  const o = sqlite
    .prepare(
      `SELECT count(*) AS orders, coalesce(sum(is_purchase), 0) AS purchases,
              count(DISTINCT customer_ref) AS customers, coalesce(sum(line_count), 0) AS lines,
              coalesce(sum(customer_ref IS NULL), 0) AS anonymousOrders,
              coalesce(sum(CASE WHEN is_purchase = 1 THEN net_revenue ELSE 0 END), 0) AS revenue,
              min(created_at) AS firstOrderAt, max(created_at) AS lastOrderAt
         FROM orders WHERE import_id = ?`,
    )
    .get(importId) as Omit<ImportTotals, 'skipped'>;
  const skipped: Record<string, number> = {};
  for (const row of sqlite.prepare('SELECT reason, count(*) AS n FROM temp.rejected GROUP BY reason ORDER BY reason').all() as Array<{
    reason: string;
    n: number;
  }>) {
    skipped[row.reason] = row.n;
  }
  return { ...o, revenue: Math.round(o.revenue * 100) / 100, skipped };
}
