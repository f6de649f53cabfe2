import { sqliteTable, text, integer, real, index } from 'drizzle-orm/sqlite-core';

/** A store: one imported order history (a dataset), compared against journey maps. */
export const stores = sqliteTable('stores', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** The seeded demo store created on first start (so it is created only once). */
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  /**
   * The file holding the store's order history (customers, orders, lines, timeline), by
   * name inside the history directory (db/history/files.ts); null while it has none.
   * Each import writes a new file and switches this name in the transaction that ends it.
   */
  historyFile: text('history_file'),
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
