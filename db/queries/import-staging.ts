import 'server-only';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { finaliseOrder, mergeDrafts, type OrderDraft, type RejectReason } from '@/lib/orders/normalise';

/**
 * The staging database of one running import: a throw-away SQLite file written by the
 * import worker while it reads the file, with no journal and no fsync. Nothing in it is
 * visible to the app; the merge (import-merge.ts) copies it into the store in one short
 * transaction. Its rowids are the order and customer sequence numbers the merge turns
 * into ids, so the merge itself does no lookups. Customers are numbered as they first
 * appear, so the merge needs no grouping of orders by customer key. That numbering is
 * kept in memory while the file is read (a lookup per order in SQLite was half of the
 * storing thread's time); s_customers is written from it once, when reading ends.
 */

/** Rejected rows kept with their cells; further ones are counted only. */
export const MAX_STORED_REJECTED_ROWS = 50_000;

/** Lines per multi-row insert: one statement per hundred lines costs far less than a hundred. */
const LINE_BATCH = 100;
/** Customers per multi-row insert when s_customers is written. */
const CUSTOMER_BATCH = 200;

/** a > b in SQLite's BINARY order (UTF-8 bytes), which differs from JavaScript's for some characters. */
function greaterInSqlite(a: string, b: string): boolean {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')) > 0;
}

export function stagingDirectory(databaseFile: string): string {
  return path.join(path.dirname(path.resolve(databaseFile)), 'import-staging');
}

export function stagingFile(databaseFile: string, importId: string): string {
  return path.join(stagingDirectory(databaseFile), `${importId}.db`);
}

/** Deletes staging files of imports that are not running (left by a dead process). */
export function removeStagingFiles(databaseFile: string, keep: ReadonlySet<string> = new Set()): void {
  const dir = stagingDirectory(databaseFile);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const id = name.replace(/\.db(-journal|-wal|-shm)?$/, '');
    if (!keep.has(id)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

const SCHEMA = `
CREATE TABLE s_customers (
  seq INTEGER PRIMARY KEY,
  customer_key TEXT NOT NULL, -- unique: numbered in memory; indexed by the merge when it needs lookups
  email TEXT,
  key_rank INTEGER, -- place by key; the merge gives new customers ids in this order
  existing_id INTEGER
);
CREATE TABLE s_orders (
  seq INTEGER PRIMARY KEY,
  order_id TEXT NOT NULL UNIQUE,
  row_number INTEGER NOT NULL,
  cust_seq INTEGER,
  email TEXT,
  created_at INTEGER,
  currency TEXT NOT NULL,
  total_raw REAL,
  total REAL NOT NULL,
  refunded REAL NOT NULL,
  net_revenue REAL NOT NULL,
  discount_code TEXT NOT NULL,
  source TEXT NOT NULL,
  country TEXT NOT NULL,
  status TEXT NOT NULL,
  cancelled INTEGER NOT NULL,
  is_purchase INTEGER NOT NULL,
  exclusion TEXT,
  line_sum REAL NOT NULL,
  positive_lines INTEGER NOT NULL,
  negative_lines INTEGER NOT NULL,
  line_count INTEGER NOT NULL,
  first_cells TEXT,
  existing_id INTEGER
);
CREATE TABLE s_lines (
  order_seq INTEGER NOT NULL,
  position INTEGER NOT NULL,
  product_name TEXT NOT NULL,
  sku TEXT NOT NULL,
  category TEXT NOT NULL,
  quantity REAL NOT NULL,
  unit_price REAL NOT NULL,
  line_total REAL NOT NULL
);
CREATE TABLE s_rejected (row_number INTEGER NOT NULL, reason TEXT NOT NULL, cells TEXT);
`;

interface StagedOrderRow {
  seq: number;
  row_number: number;
  cust_seq: number | null;
  email: string | null;
  created_at: number | null;
  currency: string;
  total_raw: number | null;
  refunded: number;
  discount_code: string;
  source: string;
  country: string;
  status: string;
  cancelled: number;
  line_sum: number;
  positive_lines: number;
  negative_lines: number;
  line_count: number;
  first_cells: string | null;
}

export class StagingStore {
  readonly db: Database.Database;
  private readonly insertOrder: Database.Statement;
  private readonly insertLine: Database.Statement;
  private readonly insertLineBatch: Database.Statement;
  /** Line values waiting for a multi-row insert (one statement per LINE_BATCH lines). */
  private readonly lineValues: unknown[] = [];
  private readonly insertRejected: Database.Statement;
  private readonly findOrder: Database.Statement;
  private readonly updateOrder: Database.Statement;
  /** Customer key → staging sequence number, in the order customers first appear. */
  private readonly customerSeqs = new Map<string, number>();
  /** Each customer's key, at index seq - 1. */
  private readonly customerKeys: string[] = [];
  /** The greatest e-mail seen for each customer, at index seq - 1. */
  private readonly customerEmails: Array<string | null> = [];
  private pending = 0;
  /** Set when a run of rows without a date was staged: only then can an order be undated at the end. */
  private sawUndatedRun = false;
  /** Set when an order recurs: its customer and e-mail were staged from the later run too. */
  private customersNeedRecount = false;
  rejectedCount = 0;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.rmSync(file, { force: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('locking_mode = EXCLUSIVE');
    // 16 MB: while the file is read, the reader thread's heap and this cache are most of
    // the import's memory (peak RSS target: 400 MB, whatever the file size).
    this.db.pragma('cache_size = -16000');
    this.db.exec(SCHEMA);
    this.insertOrder = this.db.prepare(
      `INSERT INTO s_orders (order_id, row_number, cust_seq, email, created_at, currency, total_raw, total, refunded,
         net_revenue, discount_code, source, country, status, cancelled, is_purchase, exclusion, line_sum,
         positive_lines, negative_lines, line_count, first_cells)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (order_id) DO NOTHING`,
    );
    this.insertLine = this.db.prepare(
      'INSERT INTO s_lines (order_seq, position, product_name, sku, category, quantity, unit_price, line_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertLineBatch = this.db.prepare(
      `INSERT INTO s_lines (order_seq, position, product_name, sku, category, quantity, unit_price, line_total) VALUES ${Array.from(
        { length: LINE_BATCH },
        () => '(?, ?, ?, ?, ?, ?, ?, ?)',
      ).join(', ')}`,
    );
    this.insertRejected = this.db.prepare('INSERT INTO s_rejected (row_number, reason, cells) VALUES (?, ?, ?)');
    this.findOrder = this.db.prepare(
      'SELECT * FROM s_orders WHERE order_id = ?',
    );
    this.updateOrder = this.db.prepare(
      `UPDATE s_orders SET row_number = ?, cust_seq = ?, email = ?, created_at = ?, currency = ?, total_raw = ?, total = ?,
         refunded = ?, net_revenue = ?, discount_code = ?, source = ?, country = ?, status = ?, cancelled = ?, is_purchase = ?,
         exclusion = ?, line_sum = ?, positive_lines = ?, negative_lines = ?, line_count = ?, first_cells = ?
       WHERE seq = ?`,
    );
    this.db.exec('BEGIN');
  }

  /**
   * The staging sequence number of the order's customer, numbered as customers first
   * appear; the customer keeps the greatest e-mail of its orders. Null when anonymous.
   */
  private customerSeq(customerKey: string | null, email: string): number | null {
    if (customerKey === null) return null;
    const mail = email || null;
    const seq = this.customerSeqs.get(customerKey);
    if (seq === undefined) {
      this.customerKeys.push(customerKey);
      this.customerEmails.push(mail);
      this.customerSeqs.set(customerKey, this.customerEmails.length);
      return this.customerEmails.length;
    }
    const known = this.customerEmails[seq - 1];
    // The greatest e-mail by SQLite's ordering, as max(email) would pick it.
    if (mail !== null && mail !== known && (known === null || greaterInSqlite(mail, known))) this.customerEmails[seq - 1] = mail;
    return seq;
  }

  /**
   * Writes the customers numbered while reading into s_customers, in sequence order, each
   * with its rank by key. The merge gives new customers ids in that order and writes them
   * in it, so the store's (store, key) index grows by appends, as the table does, instead
   * of each customer landing on a random page of it (0.45 s per 325,000 customers).
   */
  private writeCustomers(): void {
    const insertBatch = this.db.prepare(
      `INSERT INTO s_customers (seq, customer_key, email, key_rank) VALUES ${Array.from({ length: CUSTOMER_BATCH }, () => '(?, ?, ?, ?)').join(', ')}`,
    );
    const insertOne = this.db.prepare('INSERT INTO s_customers (seq, customer_key, email, key_rank) VALUES (?, ?, ?, ?)');
    const keys = this.customerKeys;
    // Keys are unique, so sorting them (natively, in JavaScript's string order, which is
    // close enough to SQLite's for this) and looking each up gives every customer's rank.
    const sorted = keys.slice().sort();
    const rank = new Int32Array(keys.length);
    for (let r = 0; r < sorted.length; r++) rank[this.customerSeqs.get(sorted[r])! - 1] = r + 1;
    const values: unknown[] = [];
    for (let i = 0; i < keys.length; i++) {
      values.push(i + 1, keys[i], this.customerEmails[i], rank[i]);
      if (values.length === CUSTOMER_BATCH * 4) {
        insertBatch.run(values);
        values.length = 0;
      }
    }
    for (let i = 0; i < values.length; i += 4) insertOne.run(values.slice(i, i + 4));
    this.customerSeqs.clear();
    this.customerKeys.length = 0;
    this.customerEmails.length = 0;
  }

  /** Stores a run of rows of one order; a later run of the same order is merged into it. */
  addOrder(draft: OrderDraft): void {
    if (draft.createdAt === null) this.sawUndatedRun = true;
    let seq: number;
    let lineOffset = 0;
    const custSeq = this.customerSeq(draft.customerKey, draft.email);
    const result = this.insertOrder.run(this.orderValues(draft, custSeq));
    if (result.changes > 0) {
      seq = Number(result.lastInsertRowid);
    } else {
      const previous = this.findOrder.get(draft.orderId) as StagedOrderRow;
      seq = previous.seq;
      lineOffset = previous.line_count;
      const order = mergeDrafts(this.draftOf(draft.orderId, previous), draft);
      this.customersNeedRecount = true;
      const values = this.orderValues(order, this.customerSeq(order.customerKey, order.email));
      values.push(seq);
      this.updateOrder.run(values.slice(1));
    }
    const values = this.lineValues;
    for (let i = 0; i < draft.lines.length; i++) {
      const line = draft.lines[i];
      values.push(seq, lineOffset + i, line.productName, line.sku, line.category, line.quantity, line.unitPrice, line.lineTotal);
      if (values.length === LINE_BATCH * 8) {
        this.insertLineBatch.run(values);
        values.length = 0;
      }
    }
    this.tick(1 + draft.lines.length);
  }

  private flushLines(): void {
    const values = this.lineValues;
    for (let i = 0; i < values.length; i += 8) this.insertLine.run(values.slice(i, i + 8));
    values.length = 0;
  }

  private orderValues(draft: OrderDraft, custSeq: number | null): unknown[] {
    const final = draft.createdAt === null ? null : finaliseOrder({ ...draft, createdAt: draft.createdAt });
    return [
      draft.orderId,
      draft.rowNumber,
      custSeq,
      draft.email || null,
      draft.createdAt,
      draft.currency,
      draft.total,
      final?.total ?? 0,
      draft.refunded,
      final?.netRevenue ?? 0,
      draft.discountCode,
      draft.source,
      draft.country,
      draft.status,
      draft.cancelled ? 1 : 0,
      final?.isPurchase ? 1 : 0,
      final?.exclusion ?? null,
      draft.lineSum,
      draft.positiveLines,
      draft.negativeLines,
      draft.lines.length,
      draft.createdAt === null ? JSON.stringify(draft.firstCells) : null,
    ];
  }

  /** The staged aggregate as a draft without its lines (they stay in s_lines). */
  private draftOf(orderId: string, row: StagedOrderRow): OrderDraft {
    return {
      orderId,
      rowNumber: row.row_number,
      customerKey: row.cust_seq === null ? null : this.customerKeys[row.cust_seq - 1],
      email: row.email ?? '',
      createdAt: row.created_at,
      currency: row.currency,
      total: row.total_raw,
      refunded: row.refunded,
      discountCode: row.discount_code,
      source: row.source,
      country: row.country,
      status: row.status,
      cancelled: row.cancelled === 1,
      lineSum: row.line_sum,
      positiveLines: row.positive_lines,
      negativeLines: row.negative_lines,
      // Placeholders: only their count matters for the merged positions.
      lines: Array.from({ length: row.line_count }, (_, position) => ({
        position,
        productName: '',
        sku: '',
        category: '',
        quantity: 0,
        unitPrice: 0,
        lineTotal: 0,
      })),
      firstCells: row.first_cells ? (JSON.parse(row.first_cells) as string[]) : [],
    };
  }

  reject(rowNumber: number, reason: RejectReason, cells: string[]): void {
    this.rejectedCount++;
    this.insertRejected.run(rowNumber, reason, this.rejectedCount <= MAX_STORED_REJECTED_ROWS ? JSON.stringify(cells) : null);
    this.tick(1);
  }

  /** Commits every few thousand rows so the transaction stays small. */
  private tick(rows: number): void {
    this.pending += rows;
    if (this.pending >= 20_000) {
      this.db.exec('COMMIT; BEGIN');
      this.pending = 0;
    }
  }

  /**
   * Ends the reading phase: orders that never got a date are rejected (their first row
   * is reported) and dropped with their lines, and customers are left as the remaining
   * orders make them.
   */
  finishReading(): void {
    this.flushLines();
    this.writeCustomers();
    const undated = (
      this.sawUndatedRun ? this.db.prepare('SELECT seq, row_number, first_cells FROM s_orders WHERE created_at IS NULL').all() : []
    ) as Array<{
      seq: number;
      row_number: number;
      first_cells: string | null;
    }>;
    for (const order of undated) this.reject(order.row_number, 'missing date', order.first_cells ? (JSON.parse(order.first_cells) as string[]) : []);
    if (undated.length > 0) {
      this.db.exec('CREATE TEMP TABLE undated AS SELECT seq FROM s_orders WHERE created_at IS NULL');
      this.db.exec('DELETE FROM s_lines WHERE order_seq IN (SELECT seq FROM undated)');
      this.db.exec('DELETE FROM s_orders WHERE seq IN (SELECT seq FROM undated)');
    }
    if (undated.length > 0 || this.customersNeedRecount) this.recountCustomers();
    this.db.exec('COMMIT');
  }

  /**
   * Rare (dropped orders, or orders split across the file): customers are staged as rows
   * arrive, so here they are made again what the remaining orders say — only customers
   * with an order, each with the greatest e-mail of its orders.
   */
  private recountCustomers(): void {
    this.db.exec('CREATE INDEX s_orders_customer ON s_orders (cust_seq, email)');
    this.db.exec('DELETE FROM s_customers WHERE NOT EXISTS (SELECT 1 FROM s_orders o WHERE o.cust_seq = s_customers.seq)');
    this.db.exec('UPDATE s_customers SET email = (SELECT max(o.email) FROM s_orders o WHERE o.cust_seq = s_customers.seq)');
  }
  close(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.close();
  }

  /** Closes and deletes the file. */
  destroy(): void {
    try {
      if (this.db.open) this.close();
    } finally {
      fs.rmSync(this.file, { force: true });
    }
  }
}
