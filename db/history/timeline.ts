import 'server-only';
import type Database from 'better-sqlite3';

/**
 * Derives a history's customer timeline and customer figures from its orders, whole, on
 * the connection that builds the generation: one sorted read of every purchase of a known
 * customer, the places worked out here as the rows go by, then two appending writes.
 */

const DAY_MS = 86_400_000;
/** Rows per multi-row insert. */
const TIMELINE_BATCH = 250;
const CUSTOMER_BATCH = 100;

type PurchaseRow = [id: number, customerRef: number, createdAt: number, netRevenue: number];

/** Whole days from `from` to `to` (to ≥ from), as SQLite's integer division gave them. */
function daysBetween(from: number, to: number): number {
  return Math.trunc((to - from) / DAY_MS);
}

/** Each customer's figures, by customer id. */
interface CustomerFigures {
  purchases: Int32Array;
  revenue: Float64Array;
  firstAt: Float64Array;
  lastAt: Float64Array;
  firstOrder: Int32Array;
}

/**
 * Writes the timeline — every purchase of a known customer by customer, date and order id:
 * its sequence, its day offset from the customer's first purchase and the gap from the one
 * before — and every customer (id, key, e-mail from the builder) with its figures.
 */
export function deriveTimeline(sqlite: Database.Database, customers: Iterable<[number, string, string | null]>): void {
  const { maxOrder, maxCustomer } = sqlite
    .prepare('SELECT (SELECT coalesce(max(id), 0) FROM orders) AS maxOrder, (SELECT coalesce(max(customer_ref), 0) FROM orders) AS maxCustomer')
    .get() as { maxOrder: number; maxCustomer: number };
  // Places by order id (0: not in the timeline; a gap of -1: the first purchase).
  const sequence = new Int32Array(maxOrder + 1);
  const dayOffset = new Int32Array(maxOrder + 1);
  const gapDays = new Int32Array(maxOrder + 1);
  const figures: CustomerFigures = {
    purchases: new Int32Array(maxCustomer + 1),
    revenue: new Float64Array(maxCustomer + 1),
    firstAt: new Float64Array(maxCustomer + 1),
    lastAt: new Float64Array(maxCustomer + 1),
    firstOrder: new Int32Array(maxCustomer + 1),
  };

  const rows = sqlite
    .prepare(
      `SELECT id, customer_ref, created_at, net_revenue
         FROM orders WHERE is_purchase = 1 AND customer_ref IS NOT NULL
        ORDER BY customer_ref, created_at, order_id`,
    )
    .raw(true)
    .iterate() as IterableIterator<PurchaseRow>;
  let customer = -1;
  let count = 0;
  let firstAt = 0;
  let previousAt = 0;
  for (const row of rows) {
    const at = row[2];
    if (row[1] !== customer) {
      customer = row[1];
      count = 0;
      firstAt = at;
      figures.firstAt[customer] = at;
      figures.firstOrder[customer] = row[0];
    }
    count++;
    sequence[row[0]] = count;
    dayOffset[row[0]] = daysBetween(firstAt, at);
    gapDays[row[0]] = count === 1 ? -1 : daysBetween(previousAt, at);
    previousAt = at;
    figures.purchases[customer] = count;
    figures.revenue[customer] += row[3];
    figures.lastAt[customer] = at;
  }

  writeTimeline(sqlite, sequence, dayOffset, gapDays);
  writeCustomers(sqlite, customers, figures);
}

/** The timeline in order-id order, so its table is written by appends. */
function writeTimeline(sqlite: Database.Database, sequence: Int32Array, dayOffset: Int32Array, gapDays: Int32Array): void {
  sqlite.prepare('DELETE FROM timeline').run();
  const columns = '(order_ref, sequence, day_offset, gap_days)';
  const insertBatch = sqlite.prepare(`INSERT INTO timeline ${columns} VALUES ${Array(TIMELINE_BATCH).fill('(?, ?, ?, ?)').join(', ')}`);
  const insertOne = sqlite.prepare(`INSERT INTO timeline ${columns} VALUES (?, ?, ?, ?)`);
  const values: Array<number | null> = [];
  for (let id = 1; id < sequence.length; id++) {
    if (sequence[id] === 0) continue;
    values.push(id, sequence[id], dayOffset[id], gapDays[id] < 0 ? null : gapDays[id]);
    if (values.length === TIMELINE_BATCH * 4) {
      insertBatch.run(values);
      values.length = 0;
    }
  }
  for (let i = 0; i < values.length; i += 4) insertOne.run(values.slice(i, i + 4));
}

/** Every customer with its figures, in id order: the table's own, so it grows by appends. */
function writeCustomers(sqlite: Database.Database, customers: Iterable<[number, string, string | null]>, figures: CustomerFigures): void {
  sqlite.prepare('DELETE FROM customers').run();
  const columns = '(id, customer_key, email, purchase_count, net_revenue, first_purchase_at, last_purchase_at, first_order_ref)';
  const row = '(?, ?, ?, ?, ?, ?, ?, ?)';
  const insertBatch = sqlite.prepare(`INSERT INTO customers ${columns} VALUES ${Array(CUSTOMER_BATCH).fill(row).join(', ')}`);
  const insertOne = sqlite.prepare(`INSERT INTO customers ${columns} VALUES ${row}`);
  const values: unknown[] = [];
  for (const [id, key, email] of customers) {
    const purchases = id < figures.purchases.length ? figures.purchases[id] : 0;
    if (purchases === 0) {
      values.push(id, key, email, 0, 0, null, null, null);
    } else {
      values.push(
        id,
        key,
        email,
        purchases,
        Math.round(figures.revenue[id] * 100) / 100,
        figures.firstAt[id],
        figures.lastAt[id],
        figures.firstOrder[id],
      );
    }
    if (values.length === CUSTOMER_BATCH * 8) {
      insertBatch.run(values);
      values.length = 0;
    }
  }
  for (let i = 0; i < values.length; i += 8) insertOne.run(values.slice(i, i + 8));
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

/** What one import brought, counted from the orders it wrote. */
export function importTotals(sqlite: Database.Database, importId: string): Omit<ImportTotals, 'skipped'> {
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
  return { ...o, revenue: Math.round(o.revenue * 100) / 100 };
}

/** The rows an import skipped, by reason. */
export function skippedRows(sqlite: Database.Database): Record<string, number> {
  const skipped: Record<string, number> = {};
  for (const row of sqlite.prepare('SELECT reason, count(*) AS n FROM temp.rejected GROUP BY reason ORDER BY reason').all() as Array<{
    reason: string;
    n: number;
  }>) {
    skipped[row.reason] = row.n;
  }
  return skipped;
}
