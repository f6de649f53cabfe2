import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { createStore } from '@/db/queries/stores';
import type { CustomerTimeline } from '@/lib/analytics';

/**
 * Test support: writes customer timelines into a store as a finished import would leave
 * them (customers, purchases with their sequence and day offset, lines, a `done` import),
 * so server code can be tested against hand-computed stores from lib/analytics.
 */
export function seedTimelines(db: Db, storeId: string, timelines: readonly CustomerTimeline[], finishedAt = Date.now()): string {
  const sqlite = db.$client;
  const importId = randomUUID();
  sqlite.transaction(() => {
    const insertCustomer = sqlite.prepare('INSERT INTO customers (store_id, customer_key, purchase_count) VALUES (?, ?, ?)');
    const insertOrder = sqlite.prepare(
      `INSERT INTO orders (store_id, order_id, customer_ref, created_at, net_revenue, total, discount_code, source, country,
                           is_purchase, sequence, day_offset, gap_days, import_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
    );
    const insertLine = sqlite.prepare(
      'INSERT INTO order_lines (order_ref, position, product_name, sku, category, quantity, line_total) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const timeline of timelines) {
      const customerRef = Number(insertCustomer.run(storeId, timeline.customerId, timeline.purchases.length).lastInsertRowid);
      for (const p of timeline.purchases) {
        const orderRef = Number(
          insertOrder.run(
            storeId,
            p.orderId,
            customerRef,
            p.at,
            p.netRevenue,
            p.netRevenue,
            p.discountCode,
            p.source,
            p.country,
            p.sequence,
            p.dayOffset,
            p.gapDays,
            importId,
          ).lastInsertRowid,
        );
        p.lines.forEach((line, position) =>
          insertLine.run(orderRef, position, line.productName, line.sku, line.category, line.quantity, line.lineTotal),
        );
      }
    }
    sqlite
      .prepare(
        `INSERT INTO imports (id, store_id, file_name, format, status, started_at, finished_at)
         VALUES (?, ?, 'seed.csv', 'shopify', 'done', ?, ?)`,
      )
      .run(importId, storeId, finishedAt, finishedAt);
  })();
  return importId;
}

/** A new store holding `timelines`; returns its id. */
export function seedStore(db: Db, name: string, timelines: readonly CustomerTimeline[]): string {
  const storeId = createStore(name, db);
  seedTimelines(db, storeId, timelines);
  return storeId;
}
