import 'server-only';
import type Database from 'better-sqlite3';
import type { CustomerFigures, PurchasePlaces } from '@/lib/orders/purchase-places';

/**
 * Writes a history's customer timeline and customer figures, whole, on the connection that
 * builds the generation: worked out in memory from the numbers the builder kept of every
 * order (lib/orders/purchase-places.ts), then written in id order, by appends.
 */

/** Rows per multi-row insert. */
const TIMELINE_BATCH = 250;
const CUSTOMER_BATCH = 100;

/**
 * Writes the timeline — every purchase of a known customer by customer, date and order id:
 * its sequence, its day offset from the customer's first purchase and the gap from the one
 * before — and every customer (id, key, e-mail from the builder) with its figures.
 */
export function deriveTimeline(
  sqlite: Database.Database,
  purchases: PurchasePlaces,
  orderIdOf: (order: number) => string,
  customers: Iterable<[number, string, string | null]>,
): void {
  const { places, figures } = purchases.derive(orderIdOf);
  writeTimeline(sqlite, places.sequence, places.dayOffset, places.gapDays);
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
