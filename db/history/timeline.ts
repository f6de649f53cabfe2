import 'server-only';
import type Database from 'better-sqlite3';
import type { CustomerFigures, PurchasePlaces } from '@/lib/orders/purchase-places';
import type { SpareMemory } from '@/lib/orders/spare-memory';

/**
 * Writes a history's customer timeline and customer figures, whole, on the connection that
 * builds the generation: worked out in memory from the numbers the builder kept of every
 * order (lib/orders/purchase-places.ts), then written in id order. The customers
 * themselves were written as they first appeared; here they get their figures.
 */

/** Rows per multi-row insert. */
const TIMELINE_BATCH = 250;

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
  const figures = new CustomerFiguresWriter(sqlite);
  const places = purchases.derive(orderIdOf, figures.add, memory);
  figures.finish();
  writeTimeline(sqlite, places.sequence, places.dayOffset, places.gapDays);
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

/** Customers per multi-row update. */
const FIGURES_BATCH = 64;

/**
 * Writes customers' figures as they are worked out, in customer order, FIGURES_BATCH per
 * statement (an UPDATE … FROM a VALUES list): a third of a million single-row updates
 * took 0.4 s, a quarter of it per statement. The others keep the figures of a customer
 * without a purchase (reset first, when the rows are copies).
 */
class CustomerFiguresWriter {
  private readonly batch: Database.Statement;
  private readonly one: Database.Statement;
  private readonly values: number[] = [];

  constructor(private readonly sqlite: Database.Database) {
    this.batch = sqlite.prepare(updateFrom(FIGURES_BATCH));
    this.one = sqlite.prepare(updateFrom(1));
  }

  readonly add = (customer: number, figures: CustomerFigures): void => {
    const revenue = Math.round(figures.revenue * 100) / 100;
    this.values.push(customer, figures.purchases, revenue, figures.firstAt, figures.lastAt, figures.firstOrder);
    if (this.values.length === FIGURES_BATCH * FIGURE_FIELDS) {
      this.batch.run(this.values);
      this.values.length = 0;
    }
  };

  finish(): void {
    for (let i = 0; i < this.values.length; i += FIGURE_FIELDS) this.one.run(this.values.slice(i, i + FIGURE_FIELDS));
    this.values.length = 0;
  }
}

const FIGURE_FIELDS = 6;

function updateFrom(rows: number): string {
  return `UPDATE customers SET purchase_count = v.column2, net_revenue = v.column3, first_purchase_at = v.column4,
            last_purchase_at = v.column5, first_order_ref = v.column6
          FROM (VALUES ${Array(rows).fill('(?, ?, ?, ?, ?, ?)').join(', ')}) AS v
         WHERE customers.id = v.column1`;
}
