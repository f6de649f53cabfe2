import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** A store: one imported order history (a dataset), compared against journey maps. */
export const stores = sqliteTable('stores', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** The seeded demo store created on first start (so it is created only once). */
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * One CSV import into a store. While `running`, the import worker writes progress here;
 * its results (orders, customers, timelines) become visible in one final transaction that
 * also flips the status to `done`.
 */
export const imports = sqliteTable(
  'imports',
  {
    id: text('id').primaryKey(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    format: text('format', { enum: ['shopify', 'generic'] }).notNull(),
    /** JSON: the mapping (generic), time zone and date format used. */
    options: text('options').notNull().default('{}'),
    status: text('status', { enum: ['running', 'done', 'failed'] }).notNull(),
    error: text('error'),
    processedRows: integer('processed_rows').notNull().default(0),
    processedBytes: integer('processed_bytes').notNull().default(0),
    totalBytes: integer('total_bytes').notNull().default(0),
    orders: integer('orders').notNull().default(0),
    purchases: integer('purchases').notNull().default(0),
    customers: integer('customers').notNull().default(0),
    lines: integer('lines').notNull().default(0),
    anonymousOrders: integer('anonymous_orders').notNull().default(0),
    revenue: real('revenue').notNull().default(0),
    /** JSON object: reason → number of rows skipped for it. */
    skipped: text('skipped').notNull().default('{}'),
    firstOrderAt: integer('first_order_at', { mode: 'timestamp_ms' }),
    lastOrderAt: integer('last_order_at', { mode: 'timestamp_ms' }),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('imports_store_idx').on(t.storeId, t.startedAt)],
);

/** Rows an import could not use, with the reason and the original cells (JSON array). */
export const importRejectedRows = sqliteTable(
  'import_rejected_rows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importId: text('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    reason: text('reason').notNull(),
    cells: text('cells').notNull(),
  },
  (t) => [index('import_rejected_rows_import_idx').on(t.importId, t.rowNumber)],
);

/**
 * A customer of a store, keyed by the export's customer id or else by the trimmed,
 * lower-cased e-mail. The `first*` and count columns are derived after each import.
 */
export const customers = sqliteTable(
  'customers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    customerKey: text('customer_key').notNull(),
    email: text('email'),
    purchaseCount: integer('purchase_count').notNull().default(0),
    netRevenue: real('net_revenue').notNull().default(0),
    firstPurchaseAt: integer('first_purchase_at'),
    lastPurchaseAt: integer('last_purchase_at'),
    /** Order id of the first purchase (its lines are the first-purchase products). */
    firstOrderId: text('first_order_id'),
    firstSource: text('first_source'),
    firstDiscountCode: text('first_discount_code'),
    firstCountry: text('first_country'),
  },
  (t) => [uniqueIndex('customers_store_key_idx').on(t.storeId, t.customerKey)],
);

/**
 * An order, unique by (store, order id) so re-imports update instead of duplicating.
 * `sequence`, `dayOffset` and `gapDays` are the derived timeline (purchases only).
 * `customerRef` is maintained by the import merge (no FK: it keeps bulk merges cheap).
 */
export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    orderId: text('order_id').notNull(),
    customerRef: integer('customer_ref'),
    /** Epoch milliseconds (UTC). */
    createdAt: integer('created_at').notNull(),
    currency: text('currency').notNull().default(''),
    total: real('total').notNull().default(0),
    refunded: real('refunded').notNull().default(0),
    netRevenue: real('net_revenue').notNull().default(0),
    discountCode: text('discount_code').notNull().default(''),
    source: text('source').notNull().default(''),
    country: text('country').notNull().default(''),
    status: text('status').notNull().default(''),
    isPurchase: integer('is_purchase', { mode: 'boolean' }).notNull(),
    /** Why the order is not a purchase: cancelled, voided, refunded or return. */
    exclusion: text('exclusion'),
    sequence: integer('sequence'),
    dayOffset: integer('day_offset'),
    gapDays: integer('gap_days'),
    /** The import that last wrote this order, and the order's first row in that file. */
    importId: text('import_id'),
    rowNumber: integer('row_number'),
  },
  // No index on customerRef: only a re-import asks for customers' other orders, and it
  // reads them in one pass over the store's orders. Keeping such an index cost every
  // import a write to a random page per order (0.7 s of its final transaction per 500,000).
  (t) => [uniqueIndex('orders_store_order_idx').on(t.storeId, t.orderId)],
);

/** A line item. Negative quantities are returns. */
export const orderLines = sqliteTable(
  'order_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderRef: integer('order_ref')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    productName: text('product_name').notNull().default(''),
    sku: text('sku').notNull().default(''),
    category: text('category').notNull().default(''),
    quantity: real('quantity').notNull(),
    unitPrice: real('unit_price').notNull().default(0),
    lineTotal: real('line_total').notNull().default(0),
  },
  (t) => [index('order_lines_order_idx').on(t.orderRef)],
);

/** A named column mapping for generic CSVs, with its options (JSON). */
export const mappingPresets = sqliteTable('mapping_presets', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  mapping: text('mapping').notNull(),
  options: text('options').notNull().default('{}'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export type StoreRow = typeof stores.$inferSelect;
export type ImportRow = typeof imports.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type CustomerRow = typeof customers.$inferSelect;
