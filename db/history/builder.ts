import 'server-only';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { BatchedStatement } from './batched-statement';
import { CustomerRows } from './customer-rows';
import { createHistoryTables } from './schema';
import { KeyIndex } from '@/lib/orders/key-index';
import { ProductNumbers } from '@/lib/orders/product-numbers';
import { PurchasePlaces } from '@/lib/orders/purchase-places';
import { SpareMemory } from '@/lib/orders/spare-memory';
import { finaliseOrder, mergeDrafts, type FinalOrder, type OrderDraft, type RejectReason } from '@/lib/orders/normalise';

/**
 * Writes a new generation of a store's history while an import reads its file (see
 * files.ts): orders and lines go straight into their final tables, so nothing is copied
 * afterwards. A store that has a history starts from a copy of it; an order the import
 * brings again is replaced, and a later run of rows of an order of this same file is
 * merged into it. Customers are numbered as they first appear and written soon after; their
 * figures are written at the end, from their timeline (timeline.ts). Order ids and
 * customer keys are found again through hashes in memory (KeyIndex) confirmed against
 * the stored row, not through SQL indexes: a unique index cost twice what storing the
 * order did, and the strings themselves in memory would grow the import with the file.
 *
 * The file has no journal and no fsync while it is written: until the import publishes
 * it, nothing refers to it, and a crash only leaves a file to delete.
 */

/** Rejected rows kept with their cells; further ones are counted only. */
export const MAX_STORED_REJECTED_ROWS = 50_000;

/** Lines per multi-row insert. */
const LINE_BATCH = 100;
const LINE_FIELDS = 6;
/** New orders per multi-row insert (their ids are given, so their lines need not wait). */
const ORDER_BATCH = 20;
const ORDER_FIELDS = 24;
const ORDER_COLUMNS = `id, order_id, row_number, customer_ref, email, created_at, currency, total_raw, total, refunded,
  net_revenue, discount_code, source, country, status, cancelled, is_purchase, exclusion, line_sum,
  positive_lines, negative_lines, line_count, first_cells, import_id`;
/** The columns an order's values are pushed in (pushOrderValues), from order_id on. */
const VALUE_COLUMNS = ORDER_COLUMNS.split(',')
  .map((column) => column.trim())
  .slice(1) as Array<keyof StoredOrderRow>;
/** Columns that say which import wrote an order, not what the order is. */
const PROVENANCE_COLUMNS = new Set<string>(['row_number', 'import_id']);

/** The order's final figures; null while it has no date. */
function finalOf(draft: OrderDraft): FinalOrder | null {
  return draft.createdAt === null ? null : finaliseOrder({ ...draft, createdAt: draft.createdAt });
}

interface StoredOrderRow {
  id: number;
  order_id: string;
  import_id: string | null;
  row_number: number;
  customer_ref: number | null;
  email: string | null;
  created_at: number | null;
  currency: string;
  total_raw: number | null;
  total: number;
  refunded: number;
  net_revenue: number;
  discount_code: string;
  source: string;
  country: string;
  status: string;
  cancelled: number;
  is_purchase: number;
  exclusion: string | null;
  line_sum: number;
  positive_lines: number;
  negative_lines: number;
  line_count: number;
  first_cells: string | null;
}

/** What one import brought: its orders, and the rows it skipped by reason. */
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

export interface BuilderOptions {
  /** The new generation's path. */
  file: string;
  /** The store's current generation, which the new one starts from; null for a store without history. */
  startFrom: string | null;
  /** The import writing it: its id marks the orders it wrote. */
  importId: string;
}

export class HistoryBuilder {
  readonly db: Database.Database;
  readonly file: string;
  private readonly importId: string;
  /** New orders, inserted ORDER_BATCH at a time; flushed before any order is read back. */
  private readonly newOrders: BatchedStatement;
  private nextOrderId = 1;
  /** The id of the first order this import adds (after those of the history it started from). */
  private firstNewOrderId = 1;
  private readonly newLines: BatchedStatement;
  private readonly insertRejected: Database.Statement;
  private readonly findOrder: Database.Statement;
  private readonly updateOrder: Database.Statement;
  private readonly deleteLines: Database.Statement;
  private readonly linesOf: Database.Statement;
  private readonly markOrderImported: Database.Statement;
  /**
   * Order id → orders.id, for every order of the generation: how an order brought again is
   * found. (A unique index on order_id did the same at twice the cost of storing an order.)
   */
  private orderIds = new KeyIndex();
  private readonly orderIdAt: Database.Statement;
  /** The numbers of every order the timeline is worked out from, kept as orders are stored. */
  readonly purchases = new PurchasePlaces();
  /** Memory the timeline can work in: the key indexes', once the file is read (finishReading). */
  private spare = new SpareMemory();
  /** Name, SKU and category → products.id. */
  private readonly productIds = new ProductNumbers();
  private readonly insertProduct: Database.Statement;
  /** The history's customers, then new ones as they first appear. */
  private readonly customers: CustomerRows;
  /** Set when the generation started from a copy: its customers carry the old figures. */
  readonly startedFromCopy: boolean;
  private pending = 0;
  /** Set when a run of rows without a date was stored: only then can an order be undated at the end. */
  private sawUndatedRun = false;
  /**
   * Set when an order was merged, dropped, or replaced with another customer or e-mail:
   * which customers have orders, and their e-mails, are read back from the orders at the end.
   */
  private customersNeedRecount = false;
  /** Set when a run of rows was merged into an order this import already counted. */
  private mergedRuns = false;
  rejectedCount = 0;
  /**
   * This import's figures, counted as orders are added (new or replacing one of an earlier
   * import); exact while every order was dated and added once (otherwise they are counted
   * again from the orders at the end).
   */
  private readonly counted = {
    orders: 0,
    purchases: 0,
    lines: 0,
    anonymousOrders: 0,
    revenue: 0,
    firstOrderAt: null as number | null,
    lastOrderAt: null as number | null,
  };
  /** Which customers this import's orders belong to (by id), and how many there are. */
  private countedCustomer = new Uint8Array(1024);
  private countedCustomers = 0;

  constructor(options: BuilderOptions) {
    this.file = options.file;
    this.importId = options.importId;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.rmSync(this.file, { force: true });
    if (options.startFrom) fs.copyFileSync(options.startFrom, this.file);
    this.db = new Database(this.file);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('main.locking_mode = EXCLUSIVE');
    // 16 MB: while the file is read, the reader thread's heap and this cache are most of
    // the import's memory (peak RSS target: 400 MB, whatever the file size).
    this.db.pragma('cache_size = -16000');
    this.db.pragma('temp.cache_size = -16000');
    this.startedFromCopy = options.startFrom !== null;
    if (!options.startFrom) createHistoryTables(this.db);
    this.customers = new CustomerRows(this.db);
    if (options.startFrom) {
      this.loadOrders();
      this.loadProducts();
    }
    this.firstNewOrderId = this.nextOrderId;
    this.db.exec('CREATE TEMP TABLE rejected (row_number INTEGER NOT NULL, reason TEXT NOT NULL, cells TEXT)');
    this.newOrders = new BatchedStatement(this.db, (rows) => `INSERT INTO orders (${ORDER_COLUMNS}) VALUES ${rows}`, ORDER_BATCH, ORDER_FIELDS);
    this.newLines = new BatchedStatement(
      this.db,
      (rows) => `INSERT INTO order_lines (order_ref, position, product_ref, quantity, unit_price, line_total) VALUES ${rows}`,
      LINE_BATCH,
      LINE_FIELDS,
    );
    this.insertRejected = this.db.prepare('INSERT INTO temp.rejected (row_number, reason, cells) VALUES (?, ?, ?)');
    this.findOrder = this.db.prepare('SELECT * FROM orders WHERE id = ?');
    this.orderIdAt = this.db.prepare('SELECT order_id FROM orders WHERE id = ?').pluck();
    this.updateOrder = this.db.prepare(
      `UPDATE orders SET row_number = ?, customer_ref = ?, email = ?, created_at = ?, currency = ?, total_raw = ?, total = ?,
         refunded = ?, net_revenue = ?, discount_code = ?, source = ?, country = ?, status = ?, cancelled = ?, is_purchase = ?,
         exclusion = ?, line_sum = ?, positive_lines = ?, negative_lines = ?, line_count = ?, first_cells = ?, import_id = ?
       WHERE id = ?`,
    );
    this.deleteLines = this.db.prepare('DELETE FROM order_lines WHERE order_ref = ?');
    this.linesOf = this.db
      .prepare('SELECT product_ref, quantity, unit_price, line_total FROM order_lines WHERE order_ref = ? ORDER BY position')
      .raw(true);
    this.markOrderImported = this.db.prepare('UPDATE orders SET row_number = ?, import_id = ? WHERE id = ?');
    this.insertProduct = this.db.prepare('INSERT INTO products (product_name, sku, category) VALUES (?, ?, ?)');
    this.db.exec('BEGIN');
  }

  /** The orders of the history the new generation starts from: their ids, and their numbers for the timeline. */
  private loadOrders(): void {
    // Sized for them at once: grown step by step, the tables it left behind would wait for a full collection.
    this.orderIds = new KeyIndex(this.db.prepare('SELECT count(*) FROM orders').pluck().get() as number);
    const rows = this.db
      .prepare('SELECT id, order_id, customer_ref, created_at, net_revenue, is_purchase FROM orders')
      .raw(true)
      .iterate() as IterableIterator<[number, string, number | null, number | null, number, number]>;
    for (const [id, orderId, customerRef, createdAt, netRevenue, isPurchase] of rows) {
      this.orderIds.add(orderId, id);
      if (id >= this.nextOrderId) this.nextOrderId = id + 1;
      this.purchases.set(id, customerRef, createdAt, netRevenue, isPurchase === 1);
    }
  }

  private loadProducts(): void {
    const rows = this.db.prepare('SELECT id, product_name, sku, category FROM products').raw(true).iterate() as IterableIterator<
      [number, string, string, string]
    >;
    for (const [id, name, sku, category] of rows) this.productIds.numberOf(name, sku, category, () => id);
  }

  /** The id of a product, added the first time it is seen. */
  private productId(name: string, sku: string, category: string): number {
    return this.productIds.numberOf(name, sku, category, () => Number(this.insertProduct.run(name, sku, category).lastInsertRowid));
  }

  /** The id of the order's customer (customer-rows.ts); null when anonymous. */
  private customerId(customerKey: string | null, email: string): number | null {
    return customerKey === null ? null : this.customers.idOf(customerKey, email || null);
  }

  /**
   * Told that `share` (0–1) of the file has been read, makes room in the order index for the
   * whole file's new orders at once, in proportion to those seen so far. Grown step by step,
   * the index leaves each smaller table it outgrew to the collector, which an import thread
   * seldom runs: at three million rows, 16 MB of the peak. (Customers are not sized so:
   * fewer of them are new as the file goes on, and an estimate would overshoot.)
   */
  expectWholeFile(share: number): void {
    const added = this.nextOrderId - this.firstNewOrderId;
    if (share <= 0 || share >= 1 || added === 0) return;
    this.orderIds.reserve(this.orderIds.size + Math.ceil((added / share - added) * 1.05));
  }

  /** Stores a run of rows of one order: new, merged into an earlier run of this file, or replacing an imported one. */
  addOrder(draft: OrderDraft): void {
    if (draft.createdAt === null) this.sawUndatedRun = true;
    const customerRef = this.customerId(draft.customerKey, draft.email);
    const final = finalOf(draft);
    // A stored order with the same hash is read once: to confirm its id, and for what follows.
    let stored: StoredOrderRow | undefined;
    const known = this.orderIds.find(draft.orderId, (id) => {
      this.newOrders.flush();
      stored = this.findOrder.get(id) as StoredOrderRow;
      return stored.order_id === draft.orderId;
    });
    let id: number;
    let lineOffset = 0;
    if (known === undefined) {
      id = this.insertNew(draft, final, customerRef);
    } else if (stored!.import_id === this.importId) {
      id = known;
      lineOffset = this.mergeRun(id, stored!, draft);
    } else {
      id = known;
      if (!this.replace(id, stored!, draft, final, customerRef)) {
        this.tick(1 + draft.lines.length);
        return;
      }
    }
    const lines = this.newLines;
    for (let i = 0; i < draft.lines.length; i++) {
      const line = draft.lines[i];
      lines.values.push(id, lineOffset + i, this.productId(line.productName, line.sku, line.category), line.quantity, line.unitPrice, line.lineTotal);
      lines.runIfFull();
    }
    this.tick(1 + draft.lines.length);
  }

  /** A new order, under the next id; inserted with the next ORDER_BATCH - 1 new ones. */
  private insertNew(draft: OrderDraft, final: FinalOrder | null, customerRef: number | null): number {
    const id = this.nextOrderId++;
    this.newOrders.values.push(id);
    this.pushOrderValues(this.newOrders.values, draft, final, customerRef);
    this.newOrders.runIfFull();
    this.orderIds.add(draft.orderId, id);
    this.place(id, customerRef, draft.createdAt, final);
    this.count(draft, final, customerRef);
    return id;
  }

  /**
   * A later run of rows of an order of this file, merged into it (its figures are counted
   * again at the end). Returns the position its lines start at.
   */
  private mergeRun(id: number, stored: StoredOrderRow, draft: OrderDraft): number {
    this.mergedRuns = true;
    this.customersNeedRecount = true;
    const order = mergeDrafts(this.draftOf(draft.orderId, stored), draft);
    const final = finalOf(order);
    const customerRef = this.customerId(order.customerKey, order.email);
    this.updateStored(id, order, final, customerRef);
    this.place(id, customerRef, order.createdAt, final);
    return stored.line_count;
  }

  /**
   * An order of an earlier import, brought by this one: it counts as this import's.
   * Customers change only if its customer or e-mail did. Returns false when it came again
   * unchanged (an overlapping export): only which import brought it is recorded, and its
   * lines stay. Otherwise its lines are deleted, to be written again (none of them can be
   * waiting in the batch).
   */
  private replace(id: number, stored: StoredOrderRow, draft: OrderDraft, final: FinalOrder | null, customerRef: number | null): boolean {
    this.count(draft, final, customerRef);
    this.place(id, customerRef, draft.createdAt, final);
    if (stored.customer_ref !== customerRef || stored.email !== (draft.email || null)) this.customersNeedRecount = true;
    const values: unknown[] = [];
    this.pushOrderValues(values, draft, final, customerRef);
    if (this.unchanged(stored, values, draft.lines)) {
      this.markOrderImported.run(draft.rowNumber, this.importId, id);
      return false;
    }
    this.deleteLines.run(id);
    this.updateOrder.run([...values.slice(1), id]);
    return true;
  }

  private updateStored(id: number, order: OrderDraft, final: FinalOrder | null, customerRef: number | null): void {
    const values: unknown[] = [];
    this.pushOrderValues(values, order, final, customerRef);
    this.updateOrder.run([...values.slice(1), id]);
  }

  /** Records the order's numbers for the timeline. */
  private place(id: number, customerRef: number | null, createdAt: number | null, final: FinalOrder | null): void {
    this.purchases.set(id, customerRef, createdAt, final?.netRevenue ?? 0, final?.isPurchase ?? false);
  }

  /**
   * True when a stored order's values (pushOrderValues' `values`) and lines are those of
   * `lines`, apart from which import wrote it. A product new to the history is added on
   * the way: the lines written next need it anyway.
   */
  private unchanged(stored: StoredOrderRow, values: unknown[], lines: OrderDraft['lines']): boolean {
    if (stored.line_count !== lines.length) return false;
    for (let i = 0; i < VALUE_COLUMNS.length; i++) {
      const column = VALUE_COLUMNS[i];
      if (!PROVENANCE_COLUMNS.has(column) && stored[column] !== values[i]) return false;
    }
    const storedLines = this.linesOf.all(stored.id) as Array<[number, number, number, number]>;
    return lines.every((line, i) => {
      const [product, quantity, unitPrice, lineTotal] = storedLines[i];
      return (
        quantity === line.quantity &&
        unitPrice === line.unitPrice &&
        lineTotal === line.lineTotal &&
        product === this.productId(line.productName, line.sku, line.category)
      );
    });
  }

  private count(draft: OrderDraft, final: FinalOrder | null, customerRef: number | null): void {
    const counted = this.counted;
    counted.orders++;
    counted.lines += draft.lines.length;
    if (customerRef === null) counted.anonymousOrders++;
    else this.countCustomer(customerRef);
    if (final === null || draft.createdAt === null) return; // an undated order: counted again at the end anyway
    if (final.isPurchase) {
      counted.purchases++;
      counted.revenue += final.netRevenue;
    }
    if (counted.firstOrderAt === null || draft.createdAt < counted.firstOrderAt) counted.firstOrderAt = draft.createdAt;
    if (counted.lastOrderAt === null || draft.createdAt > counted.lastOrderAt) counted.lastOrderAt = draft.createdAt;
  }

  private countCustomer(id: number): void {
    if (id >= this.countedCustomer.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.countedCustomer.length * 2));
      grown.set(this.countedCustomer);
      this.countedCustomer = grown;
    }
    if (this.countedCustomer[id] === 0) {
      this.countedCustomer[id] = 1;
      this.countedCustomers++;
    }
  }

  /** What this import brought. Call after finishReading. */
  totals(): ImportTotals {
    const counted = this.sawUndatedRun || this.mergedRuns ? this.countAgain() : { ...this.counted, customers: this.countedCustomers };
    return { ...counted, revenue: Math.round(counted.revenue * 100) / 100, skipped: this.skipped() };
  }

  /** This import's figures, counted from the orders it left. */
  private countAgain(): Omit<ImportTotals, 'skipped'> {
    return this.db
      .prepare(
        `SELECT count(*) AS orders, coalesce(sum(is_purchase), 0) AS purchases,
                count(DISTINCT customer_ref) AS customers, coalesce(sum(line_count), 0) AS lines,
                coalesce(sum(customer_ref IS NULL), 0) AS anonymousOrders,
                coalesce(sum(CASE WHEN is_purchase = 1 THEN net_revenue ELSE 0 END), 0) AS revenue,
                min(created_at) AS firstOrderAt, max(created_at) AS lastOrderAt
           FROM orders WHERE import_id = ?`,
      )
      .get(this.importId) as Omit<ImportTotals, 'skipped'>;
  }

  /** The rows this import skipped, by reason. */
  private skipped(): Record<string, number> {
    const rows = this.db.prepare('SELECT reason, count(*) AS n FROM temp.rejected GROUP BY reason ORDER BY reason').all() as Array<{
      reason: string;
      n: number;
    }>;
    return Object.fromEntries(rows.map((row) => [row.reason, row.n]));
  }

  /** Appends the order's column values, from order_id on, in ORDER_COLUMNS order. */
  private pushOrderValues(values: unknown[], draft: OrderDraft, final: FinalOrder | null, customerRef: number | null): void {
    values.push(
      draft.orderId,
      draft.rowNumber,
      customerRef,
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
      this.importId,
    );
  }

  /** The stored aggregate as a draft without its lines (they stay in order_lines). */
  private draftOf(orderId: string, row: StoredOrderRow): OrderDraft {
    return {
      orderId,
      rowNumber: row.row_number,
      customerKey: row.customer_ref === null ? null : this.customers.keyOf(row.customer_ref),
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
   * Ends the reading phase: orders of this import that never got a date are rejected
   * (their first row is reported) and dropped with their lines.
   */
  finishReading(): void {
    this.customers.flush();
    this.newOrders.flush();
    this.newLines.flush();
    const undated = (
      this.sawUndatedRun
        ? this.db.prepare('SELECT id, row_number, first_cells FROM orders WHERE created_at IS NULL').all()
        : []
    ) as Array<{ id: number; row_number: number; first_cells: string | null }>;
    for (const order of undated) this.reject(order.row_number, 'missing date', order.first_cells ? (JSON.parse(order.first_cells) as string[]) : []);
    if (undated.length > 0) {
      this.db.exec('DELETE FROM order_lines WHERE order_ref IN (SELECT id FROM orders WHERE created_at IS NULL)');
      this.db.exec('DELETE FROM orders WHERE created_at IS NULL');
      this.customersNeedRecount = true;
    }
    if (this.customersNeedRecount) this.recountCustomers();
    this.db.exec('COMMIT');
    // Nothing is looked up by key any more: the indexes' memory is the timeline's to work in.
    this.spare = new SpareMemory([...this.orderIds.releaseMemory(), ...this.customers.releaseMemory()]);
  }

  /**
   * Rare (dropped, merged or replaced orders): customers are numbered as rows arrive, so
   * here they are made again what the orders say: only customers with an order, each with
   * the greatest e-mail of its orders (or the one it had, when its orders carry none).
   * (No customer is looked up by key after this.)
   */
  private recountCustomers(): void {
    this.db.exec(`
      CREATE TEMP TABLE order_customers (id INTEGER PRIMARY KEY, email TEXT);
      INSERT INTO temp.order_customers (id, email)
        SELECT customer_ref, max(email) FROM orders WHERE customer_ref IS NOT NULL GROUP BY customer_ref;
      DELETE FROM customers WHERE id NOT IN (SELECT id FROM temp.order_customers);
      UPDATE customers SET email = mine.email FROM temp.order_customers AS mine
        WHERE mine.id = customers.id AND mine.email IS NOT NULL AND mine.email IS NOT customers.email;
      DROP TABLE temp.order_customers;
    `);
  }

  /** Memory the timeline can work in (see SpareMemory). */
  get spareMemory(): SpareMemory {
    return this.spare;
  }

  /** The order id of a stored order. */
  orderIdOf(id: number): string {
    return this.orderIdAt.get(id) as string;
  }

  close(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.close();
  }

  /** Closes and deletes the file: the import did not finish. */
  destroy(): void {
    try {
      if (this.db.open) this.close();
    } finally {
      fs.rmSync(this.file, { force: true });
    }
  }
}
