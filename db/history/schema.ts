import 'server-only';
import type Database from 'better-sqlite3';

/**
 * The tables of a store's history file. No store id anywhere: the file is the store's.
 * Ids are local to the file (a new generation may number rows anew).
 */
export const HISTORY_SCHEMA_VERSION = 1;

const TABLES = `
-- Numbered as customers first appear. Keys are unique by construction (the import keeps
-- them in memory while it reads); nothing looks a customer up by key in SQL, so no index.
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  customer_key TEXT NOT NULL, -- the export's customer id, else the trimmed, lower-cased e-mail
  email TEXT,
  purchase_count INTEGER NOT NULL DEFAULT 0,
  net_revenue REAL NOT NULL DEFAULT 0,
  first_purchase_at INTEGER,
  last_purchase_at INTEGER,
  -- The first purchase (orders.id): its date, lines, source, discount code and country are
  -- the customer's first-purchase attributes.
  first_order_ref INTEGER
);
-- Order ids are unique by construction, as customer keys are: nothing looks an order up by
-- its order id in SQL.
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  order_id TEXT NOT NULL,
  customer_ref INTEGER, -- null: an anonymous order
  created_at INTEGER, -- epoch ms (UTC); null only while an import runs, for rows not yet dated
  currency TEXT NOT NULL DEFAULT '',
  total REAL NOT NULL DEFAULT 0,
  refunded REAL NOT NULL DEFAULT 0,
  net_revenue REAL NOT NULL DEFAULT 0,
  discount_code TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
  is_purchase INTEGER NOT NULL,
  exclusion TEXT, -- why it is not a purchase: cancelled, voided, refunded or return
  import_id TEXT, -- the import that last wrote it, and its first row in that file
  row_number INTEGER,
  -- The export's own figures for the order, as normalisation left them: a later run of
  -- rows of the same order in the same file is merged with these.
  email TEXT,
  total_raw REAL,
  cancelled INTEGER NOT NULL DEFAULT 0,
  line_sum REAL NOT NULL DEFAULT 0,
  positive_lines INTEGER NOT NULL DEFAULT 0,
  negative_lines INTEGER NOT NULL DEFAULT 0,
  line_count INTEGER NOT NULL DEFAULT 0,
  first_cells TEXT -- JSON of the first row's cells, kept only while the order has no date
);
-- Each product (name, SKU, category) once; unique by construction, like customer keys.
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  product_name TEXT NOT NULL DEFAULT '',
  sku TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT ''
);
-- Stored by order and position: lines arrive that way, so the table grows by appends and
-- needs no index of its own.
CREATE TABLE order_lines (
  order_ref INTEGER NOT NULL, -- orders.id
  position INTEGER NOT NULL,
  product_ref INTEGER NOT NULL, -- products.id
  quantity REAL NOT NULL, -- negative: a return
  unit_price REAL NOT NULL DEFAULT 0,
  line_total REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (order_ref, position)
) WITHOUT ROWID;
-- The derived customer timeline: each purchase of a known customer, in sequence.
CREATE TABLE timeline (
  order_ref INTEGER PRIMARY KEY, -- orders.id
  sequence INTEGER NOT NULL, -- 1st, 2nd, 3rd… purchase of the customer
  day_offset INTEGER NOT NULL, -- whole days since the customer's first purchase
  gap_days INTEGER -- whole days since the previous purchase; null for the first
);
`;

export function createHistoryTables(sqlite: Database.Database): void {
  sqlite.exec(TABLES);
  sqlite.pragma(`user_version = ${HISTORY_SCHEMA_VERSION}`);
}

