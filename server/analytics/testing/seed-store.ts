import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { extendHistory, writeLine } from '@/db/history/extend';
import { createStore } from '@/db/queries/stores';
import type { CustomerTimeline } from '@/lib/analytics';

/**
 * Test support: gives a store the history a finished import would leave for these
 * timelines (customers, purchases with their sequence and day offset, lines, a `done`
 * import), so server code can be tested against hand-computed stores from lib/analytics.
 */
export function seedTimelines(db: Db, storeId: string, timelines: readonly CustomerTimeline[], finishedAt = Date.now()): string {
  const importId = randomUUID();
  extendHistory(db, storeId, (history) => {
    const insertCustomer = history.prepare(
      'INSERT INTO customers (id, customer_key, purchase_count) SELECT coalesce(max(id), 0) + 1, ?, ? FROM customers RETURNING id',
    );
    const insertOrder = history.prepare(
      `INSERT INTO orders (order_id, customer_ref, created_at, net_revenue, total, discount_code, source, country,
                           is_purchase, import_id, line_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    );
    const insertPlace = history.prepare('INSERT INTO timeline (order_ref, sequence, day_offset, gap_days) VALUES (?, ?, ?, ?)');
    for (const timeline of timelines) {
      const { id: customerRef } = insertCustomer.get(timeline.customerId, timeline.purchases.length) as { id: number };
      for (const p of timeline.purchases) {
        const orderRef = Number(
          insertOrder.run(p.orderId, customerRef, p.at, p.netRevenue, p.netRevenue, p.discountCode, p.source, p.country, importId, p.lines.length)
            .lastInsertRowid,
        );
        insertPlace.run(orderRef, p.sequence, p.dayOffset, p.gapDays);
        p.lines.forEach((line, position) => writeLine(history, orderRef, position, line));
      }
    }
  });
  db.$client
    .prepare(
      `INSERT INTO imports (id, store_id, file_name, format, status, started_at, finished_at)
       VALUES (?, ?, 'seed.csv', 'shopify', 'done', ?, ?)`,
    )
    .run(importId, storeId, finishedAt, finishedAt);
  return importId;
}

/** A new store holding `timelines`; returns its id. */
export function seedStore(db: Db, name: string, timelines: readonly CustomerTimeline[]): string {
  const storeId = createStore(name, db);
  seedTimelines(db, storeId, timelines);
  return storeId;
}
