import 'server-only';
import type Database from 'better-sqlite3';

/**
 * Moves a finished staging database into a store. Everything that needs reading or
 * sorting — which staged orders already exist, the affected customers' other orders, the
 * timeline window functions, per-customer figures, the import's counts — is computed
 * in the staging file first, reading the live database only through a snapshot. Then one
 * write transaction copies final rows in, with ids computed (existing id, or the highest
 * id + staging sequence), so it does no lookups and holds the write lock briefly.
 *
 * The caller runs it on a connection of its own with the staging file attached as `stg`.
 */

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

export interface MergeHooks {
  /** Called inside the write transaction after orders are written (tests inject faults). */
  afterOrdersWritten?: () => void;
}

export function attachStaging(sqlite: Database.Database, stagingFile: string): void {
  sqlite.prepare('ATTACH DATABASE ? AS stg').run(stagingFile);
  sqlite.pragma('stg.journal_mode = OFF');
  sqlite.pragma('stg.synchronous = OFF');
  sqlite.pragma('stg.cache_size = -32000');
}

export function detachStaging(sqlite: Database.Database): void {
  if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
  sqlite.exec('DETACH DATABASE stg');
}

/** Phase 1 (no write lock on the live database): everything the merge will write. */
export function prepareMerge(sqlite: Database.Database, storeId: string): ImportTotals {
  const run = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).run(...params);
  const storeHasOrders = sqlite.prepare('SELECT 1 FROM main.orders WHERE store_id = ? LIMIT 1').get(storeId) !== undefined;
  // Counted before customers of re-imported orders join s_customers below.
  const totals = importTotals(sqlite);

  sqlite.exec('BEGIN'); // one read snapshot of the live database for the whole phase
  try {
    if (storeHasOrders) {
      run(
        `UPDATE stg.s_orders SET existing_id =
           (SELECT o.id FROM main.orders o WHERE o.store_id = ? AND o.order_id = stg.s_orders.order_id)`,
        storeId,
      );
      // Affected customers are the staged ones and, for re-imported orders, their previous ones.
      run('CREATE UNIQUE INDEX stg.s_customers_key ON s_customers (customer_key)');
      run(
        `INSERT OR IGNORE INTO stg.s_customers (customer_key)
           SELECT c.customer_key FROM stg.s_orders s
             JOIN main.orders o ON o.id = s.existing_id
             JOIN main.customers c ON c.id = o.customer_ref`,
      );
      run(
        `UPDATE stg.s_customers SET existing_id =
           (SELECT c.id FROM main.customers c WHERE c.store_id = ? AND c.customer_key = stg.s_customers.customer_key)`,
        storeId,
      );
      // Their other purchases are found in one pass over the store's orders (orders keep
      // no index by customer), each looked up here by the customer's id.
      run('CREATE INDEX stg.s_customers_existing ON s_customers (existing_id)');
    }
    // The timeline of every affected customer, from one sort: staged purchases plus the
    // customers' other existing purchases, by customer, date and order id, numbered by
    // their position in that order. Each purchase's place then follows from positions:
    // its sequence from the customer's first position, its gap from the row before it.
    // (SQLite's window functions gave the same in one statement, at twice the time.)
    const existingPurchases = storeHasOrders
      ? `UNION ALL
         SELECT NULL, o.id, k.seq, o.order_id, o.created_at, o.net_revenue, o.source, o.discount_code, o.country,
                o.sequence, o.day_offset, o.gap_days
           FROM main.orders o
           JOIN stg.s_customers k ON k.existing_id = o.customer_ref
          WHERE o.store_id = ? AND o.is_purchase = 1
            AND o.id NOT IN (SELECT existing_id FROM stg.s_orders WHERE existing_id IS NOT NULL)`
      : '';
    run(`CREATE TABLE stg.t_sorted (
           pos INTEGER PRIMARY KEY, staged_seq INTEGER, existing_id INTEGER, cust_seq INTEGER NOT NULL, order_id TEXT,
           created_at INTEGER, net_revenue REAL, source TEXT, discount_code TEXT, country TEXT,
           old_sequence INTEGER, old_day_offset INTEGER, old_gap_days INTEGER)`);
    // Rows of an INSERT … SELECT … ORDER BY get ascending rowids in that order.
    run(
      `INSERT INTO stg.t_sorted (staged_seq, existing_id, cust_seq, order_id, created_at, net_revenue, source, discount_code,
                                 country, old_sequence, old_day_offset, old_gap_days)
         SELECT * FROM (SELECT seq, existing_id, cust_seq, order_id, created_at, net_revenue, source, discount_code, country,
                               NULL, NULL, NULL
                          FROM stg.s_orders WHERE is_purchase = 1 AND cust_seq IS NOT NULL
                        ${existingPurchases})
          ORDER BY cust_seq, created_at, order_id`,
      ...(storeHasOrders ? [storeId] : []),
    );
    run(`CREATE TABLE stg.t_first (
           cust_seq INTEGER PRIMARY KEY, first_pos INTEGER, first_at INTEGER, purchase_count INTEGER, revenue REAL, last_at INTEGER)`);
    run(`INSERT INTO stg.t_first
           SELECT cust_seq, min(pos), min(created_at), count(*), sum(net_revenue), max(created_at) FROM stg.t_sorted GROUP BY cust_seq`);
    const placed = `SELECT s.staged_seq, s.existing_id, s.old_sequence, s.old_day_offset, s.old_gap_days,
                           s.pos - f.first_pos + 1 AS sequence,
                           (s.created_at - f.first_at) / 86400000 AS day_offset,
                           CASE WHEN s.pos > f.first_pos THEN (s.created_at - p.created_at) / 86400000 END AS gap_days
                      FROM stg.t_sorted s
                      JOIN stg.t_first f ON f.cust_seq = s.cust_seq
                      LEFT JOIN stg.t_sorted p ON p.pos = s.pos - 1`;
    // Staged orders' places, keyed and stored by staging sequence number: the commit writes
    // orders in that order and so reads this table straight through.
    run(`CREATE TABLE stg.t_places (staged_seq INTEGER PRIMARY KEY, sequence INTEGER, day_offset INTEGER, gap_days INTEGER)`);
    run(`INSERT INTO stg.t_places
           SELECT staged_seq, sequence, day_offset, gap_days FROM (${placed}) WHERE staged_seq IS NOT NULL ORDER BY staged_seq`);
    // Existing orders whose place moved (only a store with orders has any).
    run(`CREATE TABLE stg.t_retimed (existing_id INTEGER, sequence INTEGER, day_offset INTEGER, gap_days INTEGER)`);
    if (storeHasOrders) {
      run(`INSERT INTO stg.t_retimed
             SELECT existing_id, sequence, day_offset, gap_days FROM (${placed})
              WHERE staged_seq IS NULL
                AND (old_sequence IS NOT sequence OR old_day_offset IS NOT day_offset OR old_gap_days IS NOT gap_days)`);
    }
    // Per-customer figures, with the first purchase's own fields; in ascending key order.
    run(`CREATE TABLE stg.t_figures (
           cust_seq INTEGER PRIMARY KEY, purchase_count INTEGER, net_revenue REAL, first_purchase_at INTEGER,
           last_purchase_at INTEGER, first_order_id TEXT, first_source TEXT, first_discount_code TEXT, first_country TEXT)`);
    run(`INSERT INTO stg.t_figures
           SELECT f.cust_seq, f.purchase_count, f.revenue, f.first_at, f.last_at, s.order_id, s.source, s.discount_code, s.country
             FROM stg.t_first f JOIN stg.t_sorted s ON s.pos = f.first_pos`);
    sqlite.exec('COMMIT');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
  return totals;
}

function importTotals(sqlite: Database.Database): ImportTotals {
  const o = sqlite
    .prepare(
      `SELECT count(*) AS orders, coalesce(sum(is_purchase), 0) AS purchases,
              (SELECT count(*) FROM stg.s_customers) AS customers, coalesce(sum(line_count), 0) AS lines,
              coalesce(sum(cust_seq IS NULL), 0) AS anonymousOrders,
              coalesce(sum(CASE WHEN is_purchase = 1 THEN net_revenue ELSE 0 END), 0) AS revenue,
              min(created_at) AS firstOrderAt, max(created_at) AS lastOrderAt
         FROM stg.s_orders`,
    )
    .get() as Omit<ImportTotals, 'skipped'>;
  const skipped: Record<string, number> = {};
  for (const row of sqlite.prepare('SELECT reason, count(*) AS n FROM stg.s_rejected GROUP BY reason ORDER BY reason').all() as Array<{
    reason: string;
    n: number;
  }>) {
    skipped[row.reason] = row.n;
  }
  return { ...o, revenue: Math.round(o.revenue * 100) / 100, skipped };
}

export interface CommitInput {
  storeId: string;
  importId: string;
  processedRows: number;
  processedBytes: number;
  totals: ImportTotals;
}

/** Phase 2: the one write transaction that makes the import visible. */
export function commitMerge(sqlite: Database.Database, input: CommitInput, hooks: MergeHooks = {}): void {
  const { storeId, importId, totals } = input;
  const run = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).run(...params);
  // Every reference this transaction writes it computed itself: the store is checked
  // first, each line points at an order written here. Checking foreign keys row by row
  // (a million lookups for a million lines) would only repeat that. Set outside the
  // transaction, as SQLite requires, on this import's own connection.
  sqlite.pragma('foreign_keys = OFF');
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const store = sqlite.prepare('SELECT id FROM main.stores WHERE id = ?').get(storeId);
    if (!store) throw new Error('The store was deleted while the import ran.');
    const customerBase = (sqlite.prepare('SELECT coalesce(max(id), 0) AS n FROM main.customers').get() as { n: number }).n;
    const orderBase = (sqlite.prepare('SELECT coalesce(max(id), 0) AS n FROM main.orders').get() as { n: number }).n;

    run(
      `INSERT INTO main.customers (id, store_id, customer_key, email, purchase_count, net_revenue, first_purchase_at,
         last_purchase_at, first_order_id, first_source, first_discount_code, first_country)
       SELECT coalesce(c.existing_id, ? + c.key_rank), ?, c.customer_key, c.email, coalesce(f.purchase_count, 0),
              round(coalesce(f.net_revenue, 0), 2), f.first_purchase_at, f.last_purchase_at, f.first_order_id, f.first_source,
              f.first_discount_code, f.first_country
         FROM stg.s_customers c LEFT JOIN stg.t_figures f ON f.cust_seq = c.seq
        WHERE true
        ORDER BY c.key_rank
       ON CONFLICT (id) DO UPDATE SET
         email = coalesce(excluded.email, email), purchase_count = excluded.purchase_count,
         net_revenue = excluded.net_revenue, first_purchase_at = excluded.first_purchase_at,
         last_purchase_at = excluded.last_purchase_at, first_order_id = excluded.first_order_id,
         first_source = excluded.first_source, first_discount_code = excluded.first_discount_code,
         first_country = excluded.first_country`,
      customerBase,
      storeId,
    );
    run(
      `DELETE FROM main.order_lines WHERE order_ref IN (SELECT existing_id FROM stg.s_orders WHERE existing_id IS NOT NULL)`,
    );
    run(
      `INSERT INTO main.orders (id, store_id, order_id, customer_ref, created_at, currency, total, refunded, net_revenue,
         discount_code, source, country, status, is_purchase, exclusion, sequence, day_offset, gap_days, import_id, row_number)
       SELECT coalesce(s.existing_id, ? + s.seq), ?, s.order_id,
              CASE WHEN s.cust_seq IS NULL THEN NULL ELSE coalesce(c.existing_id, ? + c.key_rank) END,
              s.created_at, s.currency, s.total, s.refunded, s.net_revenue, s.discount_code, s.source, s.country, s.status,
              s.is_purchase, s.exclusion, t.sequence, t.day_offset, t.gap_days, ?, s.row_number
         FROM stg.s_orders s
         LEFT JOIN stg.s_customers c ON c.seq = s.cust_seq
         LEFT JOIN stg.t_places t ON t.staged_seq = s.seq
        WHERE true
        ORDER BY s.seq
       ON CONFLICT (id) DO UPDATE SET
         customer_ref = excluded.customer_ref, created_at = excluded.created_at, currency = excluded.currency,
         total = excluded.total, refunded = excluded.refunded, net_revenue = excluded.net_revenue,
         discount_code = excluded.discount_code, source = excluded.source, country = excluded.country,
         status = excluded.status, is_purchase = excluded.is_purchase, exclusion = excluded.exclusion,
         sequence = excluded.sequence, day_offset = excluded.day_offset, gap_days = excluded.gap_days,
         import_id = excluded.import_id, row_number = excluded.row_number`,
      orderBase,
      storeId,
      customerBase,
      importId,
    );
    hooks.afterOrdersWritten?.();
    run(
      `UPDATE main.orders SET sequence = t.sequence, day_offset = t.day_offset, gap_days = t.gap_days
         FROM stg.t_retimed t WHERE main.orders.id = t.existing_id`,
    );
    run(
      `INSERT INTO main.order_lines (order_ref, position, product_name, sku, category, quantity, unit_price, line_total)
       SELECT coalesce(o.existing_id, ? + l.order_seq), l.position, l.product_name, l.sku, l.category, l.quantity,
              l.unit_price, l.line_total
         FROM stg.s_lines l JOIN stg.s_orders o ON o.seq = l.order_seq
        ORDER BY l.rowid`,
      orderBase,
    );
    run(
      `INSERT INTO main.import_rejected_rows (import_id, row_number, reason, cells)
       SELECT ?, row_number, reason, cells FROM stg.s_rejected WHERE cells IS NOT NULL ORDER BY row_number`,
      importId,
    );
    const done = run(
      `UPDATE main.imports SET status = 'done', processed_rows = ?, processed_bytes = ?, orders = ?, purchases = ?,
         customers = ?, lines = ?, anonymous_orders = ?, revenue = ?, skipped = ?, first_order_at = ?, last_order_at = ?,
         finished_at = ?
       WHERE id = ? AND status = 'running'`,
      input.processedRows,
      input.processedBytes,
      totals.orders,
      totals.purchases,
      totals.customers,
      totals.lines,
      totals.anonymousOrders,
      totals.revenue,
      JSON.stringify(totals.skipped),
      totals.firstOrderAt,
      totals.lastOrderAt,
      Date.now(),
      importId,
    );
    if (done.changes === 0) throw new Error('The import was no longer running (marked failed meanwhile).');
    sqlite.exec('COMMIT');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
