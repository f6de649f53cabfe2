import 'server-only';
import type Database from 'better-sqlite3';
import type { CustomerFigures, PurchasePlaces } from '@/lib/orders/purchase-places';
import type { SpareMemory } from '@/lib/orders/spare-memory';
import { BatchedStatement } from './batched-statement';

/**
 * Writes a history's customer timeline and customer figures, whole, on the connection that
 * builds the generation: worked out in memory from the numbers the builder kept of every
 * order (lib/orders/purchase-places.ts), then written in id order. The customers
 * themselves were written as they first appeared; here they get their figures.
 */

/** Timeline rows per multi-row insert. */
const TIMELINE_BATCH = 250;
/**
 * Customers per multi-row update (an UPDATE … FROM a VALUES list): a third of a million
 * single-row updates took 0.4 s, a quarter of it per statement.
 */
const FIGURES_BATCH = 64;

/**
 * Writes the timeline — every purchase of a known customer by customer, date and order id:
 * its sequence, its day offset from the customer's first purchase and the gap from the one
 * before — and every customer's figures. `startedFromCopy`: the customers may carry the
 * figures of the generation this one was copied from.
 */
export function deriveTimeline(
  sqlite: Database.Database,
  purchases: PurchasePlaces,
  orderIdOf: (order: number) => string,
  startedFromCopy: boolean,
  memory?: SpareMemory,
): void {
  if (startedFromCopy) {
    sqlite.exec(`UPDATE customers SET purchase_count = 0, net_revenue = 0, first_purchase_at = NULL, last_purchase_at = NULL,
      first_order_ref = NULL WHERE purchase_count <> 0 OR first_order_ref IS NOT NULL`);
  }
  // Figures are written as they are worked out, in customer order. The other customers
  // keep the figures of a customer without a purchase (reset above, when the rows are copies).
  const figures = new BatchedStatement(
    sqlite,
    (rows) => `UPDATE customers SET purchase_count = v.column2, net_revenue = v.column3, first_purchase_at = v.column4,
                 last_purchase_at = v.column5, first_order_ref = v.column6
               FROM (VALUES ${rows}) AS v WHERE customers.id = v.column1`,
    FIGURES_BATCH,
    6,
  );
  const places = purchases.derive(
    orderIdOf,
    (customer: number, f: CustomerFigures) => {
      figures.values.push(customer, f.purchases, Math.round(f.revenue * 100) / 100, f.firstAt, f.lastAt, f.firstOrder);
      figures.runIfFull();
    },
    memory,
  );
  figures.flush();
  writeTimeline(sqlite, places.sequence, places.dayOffset, places.gapDays);
}

/** The timeline in order-id order, so its table is written by appends. */
function writeTimeline(sqlite: Database.Database, sequence: Int32Array, dayOffset: Int32Array, gapDays: Int32Array): void {
  sqlite.prepare('DELETE FROM timeline').run();
  const rows = new BatchedStatement(
    sqlite,
    (list) => `INSERT INTO timeline (order_ref, sequence, day_offset, gap_days) VALUES ${list}`,
    TIMELINE_BATCH,
    4,
  );
  for (let id = 1; id < sequence.length; id++) {
    if (sequence[id] === 0) continue;
    rows.values.push(id, sequence[id], dayOffset[id], gapDays[id] < 0 ? null : gapDays[id]);
    rows.runIfFull();
  }
  rows.flush();
}
