import 'server-only';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { generationName, historyPath, makeDurable } from './files';
import { createHistoryTables } from './schema';

/**
 * Order histories were once kept in the app's database. Migration 0002 renamed those
 * tables to legacy_*; this moves each store's rows into a history file of its own, then
 * drops them. Runs at start, after the migrations; does nothing once they are gone. Each
 * store is switched to its file only after the file is durable, so a crash part-way
 * leaves some stores moved and the rest still in the legacy tables for the next start.
 */
export function moveLegacyHistories(sqlite: Database.Database): number {
  const legacy = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'legacy_orders'").get();
  if (!legacy) return 0;
  const storeIds = sqlite
    .prepare(
      `SELECT id FROM stores WHERE history_file IS NULL
          AND (EXISTS (SELECT 1 FROM legacy_orders o WHERE o.store_id = stores.id)
               OR EXISTS (SELECT 1 FROM legacy_customers c WHERE c.store_id = stores.id))`,
    )
    .pluck()
    .all() as string[];
  for (const storeId of storeIds) moveStore(sqlite, storeId);
  sqlite.transaction(() => {
    sqlite.exec('DROP TABLE legacy_order_lines; DROP TABLE legacy_orders; DROP TABLE legacy_customers;');
  })();
  return storeIds.length;
}

function moveStore(sqlite: Database.Database, storeId: string): void {
  const name = generationName(storeId, `moved-${randomUUID()}`);
  const file = historyPath(sqlite.name, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const target = new Database(file);
  try {
    createHistoryTables(target);
  } finally {
    target.close();
  }
  sqlite.prepare('ATTACH DATABASE ? AS moved').run(file);
  try {
    sqlite.transaction(() => {
      sqlite
        .prepare(
          `INSERT INTO moved.customers (id, customer_key, email, purchase_count, net_revenue, first_purchase_at, last_purchase_at,
                                        first_order_ref)
           SELECT c.id, c.customer_key, c.email, c.purchase_count, c.net_revenue, c.first_purchase_at, c.last_purchase_at, o.id
             FROM legacy_customers c
             LEFT JOIN legacy_orders o ON o.store_id = c.store_id AND o.order_id = c.first_order_id
            WHERE c.store_id = ? ORDER BY c.id`,
        )
        .run(storeId);
      sqlite
        .prepare(
          `INSERT INTO moved.orders (id, order_id, customer_ref, created_at, currency, total, refunded, net_revenue, discount_code,
                                     source, country, status, is_purchase, exclusion, import_id, row_number, total_raw,
                                     cancelled, line_count)
           SELECT o.id, o.order_id, o.customer_ref, o.created_at, o.currency, o.total, o.refunded, o.net_revenue,
                  o.discount_code, o.source, o.country, o.status, o.is_purchase, o.exclusion, o.import_id, o.row_number,
                  o.total, coalesce(o.exclusion = 'cancelled', 0),
                  (SELECT count(*) FROM legacy_order_lines l WHERE l.order_ref = o.id)
             FROM legacy_orders o WHERE o.store_id = ? ORDER BY o.id`,
        )
        .run(storeId);
      sqlite
        .prepare(
          `INSERT INTO moved.products (product_name, sku, category)
           SELECT DISTINCT l.product_name, l.sku, l.category
             FROM legacy_order_lines l JOIN legacy_orders o ON o.id = l.order_ref WHERE o.store_id = ?`,
        )
        .run(storeId);
      sqlite.exec('CREATE INDEX moved.products_by_fields ON products (product_name, sku, category)');
      sqlite
        .prepare(
          `INSERT INTO moved.order_lines (order_ref, position, product_ref, quantity, unit_price, line_total)
           SELECT l.order_ref, l.position, p.id, l.quantity, l.unit_price, l.line_total
             FROM legacy_order_lines l
             JOIN legacy_orders o ON o.id = l.order_ref
             JOIN moved.products p ON p.product_name = l.product_name AND p.sku = l.sku AND p.category = l.category
            WHERE o.store_id = ? ORDER BY l.order_ref, l.position`,
        )
        .run(storeId);
      sqlite.exec('DROP INDEX moved.products_by_fields');
      sqlite
        .prepare(
          `INSERT INTO moved.timeline (order_ref, sequence, day_offset, gap_days)
           SELECT id, sequence, day_offset, gap_days FROM legacy_orders
            WHERE store_id = ? AND sequence IS NOT NULL AND customer_ref IS NOT NULL ORDER BY id`,
        )
        .run(storeId);
    })();
  } finally {
    sqlite.exec('DETACH DATABASE moved');
  }
  makeDurable(file);
  sqlite.prepare('UPDATE stores SET history_file = ? WHERE id = ?').run(name, storeId);
}
