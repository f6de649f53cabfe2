import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Generous: these tests import real files and share a 2-core machine with builds.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });
import { getImport, listImports, rejectedRowsCsv } from '@/db/queries/imports';
import { createStore, deleteStore, getStoreSummary } from '@/db/queries/stores';
import { listCustomerTimelines } from '@/db/queries/timelines';
import { historyFileName, storeHistory } from '@/db/history/read';
import { generateDemoStore } from '@/lib/orders/demo/generator';
import { writeDemoShopifyCsv } from '@/lib/orders/demo/shopify-writer';
import { ImportInputError } from '@/lib/orders/errors';
import { readOrdersInMemory } from '@/lib/orders/read-in-memory';
import { fixturePath } from '@/lib/orders/test-helpers';
import { deriveTimelines } from '@/lib/orders/timeline';
import { startImport, type StartImportInput, type StartImportOptions } from './start-import';
import { tempDatabase } from './testing/temp-db';

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  t = tempDatabase();
});
afterEach(() => t.cleanup());

function options(extra: StartImportOptions = {}): StartImportOptions {
  return { inProcess: true, db: t.db, databaseFile: t.path, ...extra };
}

async function importFile(input: Omit<StartImportInput, 'fileName'> & { fileName?: string }, extra: StartImportOptions = {}) {
  const started = startImport({ fileName: path.basename(input.filePath), ...input }, options(extra));
  await started.done;
  return getImport(started.importId, t.db)!;
}

/** The store's history file, read as the app reads it. */
function history(storeId: string) {
  const sqlite = storeHistory(storeId, t.db);
  if (!sqlite) throw new Error('the store has no history');
  return sqlite;
}

/** The store's timelines by customer key (the store lists them as customers first appeared). */
function timelinesByKey(storeId: string) {
  return listCustomerTimelines(storeId, t.db).sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}

/** The files in the history directory: only those of stores, once imports have ended. */
function historyFiles(): string[] {
  const dir = path.join(t.dir, 'history');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

function writeFile(name: string, text: string): string {
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Imports a small generic CSV with the columns order_id, customer_id, email, created_at, total. */
function importRows(storeId: string, name: string, rows: string[]) {
  return importFile({
    storeId,
    filePath: writeFile(name, ['order_id,customer_id,email,created_at,total', ...rows].join('\n')),
    mapping: { orderId: 'order_id', customerId: 'customer_id', customerEmail: 'email', createdAt: 'created_at', total: 'total' },
  });
}

function demoCsv(customers: number, seed = 1): string {
  let text = '';
  writeDemoShopifyCsv(generateDemoStore({ customers, seed }), (chunk) => (text += chunk));
  return text;
}

/** The CSV text with only the orders whose rows fall in [from, to) of the data rows. */
function sliceRows(text: string, from: number, to: number): string {
  // Demo rows never hold newlines except in Notes; split on order boundaries via a parse.
  const lines = text.split('\n');
  const header = lines[0];
  const records: string[] = [];
  let current = '';
  let quotes = 0;
  for (const line of lines.slice(1)) {
    current = current ? `${current}\n${line}` : line;
    quotes += (line.match(/"/g) ?? []).length;
    if (quotes % 2 === 0) {
      if (current) records.push(current);
      current = '';
      quotes = 0;
    }
  }
  return [header, ...records.slice(from, to)].join('\n') + '\n';
}

describe('importing a Shopify export', () => {
  it('stores orders, customers, lines and the summary', async () => {
    const storeId = createStore('Shop', t.db);
    const result = await importFile({ storeId, filePath: fixturePath('shopify-orders.csv') });
    expect(result).toMatchObject({
      status: 'done',
      format: 'shopify',
      processedRows: 10,
      orders: 8,
      purchases: 5,
      customers: 2,
      lines: 10,
      anonymousOrders: 1,
      revenue: 166.5,
      skipped: {},
    });
    expect(result.dateRange).toEqual({ from: new Date(Date.UTC(2025, 0, 5, 15)), to: new Date(Date.UTC(2025, 1, 10, 19)) });
    expect(getStoreSummary(storeId, t.db)).toMatchObject({ customers: 2, orders: 8, purchases: 5, revenue: 166.5, imports: 1 });
  });

  it('derives the same timelines in SQL as the pure derivation', async () => {
    const storeId = createStore('Shop', t.db);
    const file = writeFile('demo.csv', demoCsv(400));
    await importFile({ storeId, filePath: file });
    const { orders } = await readOrdersInMemory(new Uint8Array(fs.readFileSync(file)));
    const expected = deriveTimelines(
      orders.map((o) => ({
        ...o,
        at: o.createdAt,
        lines: o.lines.map(({ productName, sku, category, quantity, lineTotal }) => ({ productName, sku, category, quantity, lineTotal })),
      })),
    );
    expect(timelinesByKey(storeId)).toEqual(expected);
  });

  it('is idempotent: the same file twice gives the same store', async () => {
    const storeId = createStore('Shop', t.db);
    const file = writeFile('demo.csv', demoCsv(300));
    const first = await importFile({ storeId, filePath: file });
    const summary = getStoreSummary(storeId, t.db);
    const timelines = listCustomerTimelines(storeId, t.db);
    const second = await importFile({ storeId, filePath: file });
    const { id: _a, startedAt: _b, finishedAt: _c, ...firstResult } = first;
    expect(second).toMatchObject(firstResult);
    expect(getStoreSummary(storeId, t.db)).toEqual({ ...summary, imports: 2 });
    expect(listCustomerTimelines(storeId, t.db)).toEqual(timelines);
    const lineCount = history(storeId).prepare('SELECT count(*) AS n FROM order_lines').get() as { n: number };
    expect(lineCount.n).toBe(first.lines);
    // The second import wrote a new generation of the history and deleted the first.
    expect(historyFiles()).toEqual([historyFileName(storeId, t.db)]);
  });

  it('merges overlapping exports into the same store as one whole import', async () => {
    const text = demoCsv(300, 3);
    const total = text.split('\n').length;
    const whole = createStore('Whole', t.db);
    await importFile({ storeId: whole, filePath: writeFile('whole.csv', text) });
    const parts = createStore('Parts', t.db);
    // The second export repeats the end of the first (overlap) and goes on.
    await importFile({ storeId: parts, filePath: writeFile('a.csv', sliceRows(text, 0, Math.floor(total * 0.6))) });
    await importFile({ storeId: parts, filePath: writeFile('b.csv', sliceRows(text, Math.floor(total * 0.4), total)) });
    const { imports: _a, ...wholeSummary } = getStoreSummary(whole, t.db)!;
    const { imports: _b, ...partsSummary } = getStoreSummary(parts, t.db)!;
    expect(partsSummary).toEqual(wholeSummary);
    expect(listCustomerTimelines(parts, t.db)).toEqual(listCustomerTimelines(whole, t.db));
  });

  it('re-derives the timeline when a re-import turns a purchase into a refund', async () => {
    const storeId = createStore('Shop', t.db);
    await importFile({ storeId, filePath: fixturePath('shopify-orders.csv') });
    const header = 'Name,Email,Financial Status,Created at,Total,Refunded Amount,Lineitem quantity,Lineitem name,Lineitem price\n';
    const refund = '#1003,ana@example.com,refunded,2025-01-20 09:15:00 -0500,80.00,80.00,2,Hyaluronic Acid Serum,30.00\n';
    await importFile({ storeId, filePath: writeFile('refund.csv', header + refund) });
    const ana = listCustomerTimelines(storeId, t.db).find((c) => c.customerId === 'ana@example.com')!;
    expect(ana.purchases.map((p) => [p.orderId, p.sequence, p.dayOffset, p.gapDays])).toEqual([
      ['#1001', 1, 0, null],
      ['#1008', 2, 30, 30],
    ]);
    expect(getStoreSummary(storeId, t.db)).toMatchObject({ orders: 8, purchases: 4, revenue: 106.5 });
  });

  it('an order brought again unchanged keeps its lines; one whose lines alone changed gets the new ones', async () => {
    const storeId = createStore('Shop', t.db);
    const header = 'Name,Email,Financial Status,Created at,Total,Lineitem quantity,Lineitem name,Lineitem price\n';
    const order = (product: string, quantity: number) => `#3001,kim@example.com,paid,2025-02-01 10:00:00 +0000,40.00,${quantity},${product},${40 / quantity}\n`;
    const lines = () =>
      history(storeId)
        .prepare('SELECT p.product_name, l.quantity FROM order_lines l JOIN products p ON p.id = l.product_ref ORDER BY l.position')
        .all();
    await importFile({ storeId, filePath: writeFile('a.csv', header + order('Serum', 1)) });
    const again = await importFile({ storeId, filePath: writeFile('again.csv', header + order('Serum', 1)) });
    expect(again).toMatchObject({ status: 'done', orders: 1, purchases: 1, customers: 1, lines: 1, revenue: 40 });
    expect(lines()).toEqual([{ product_name: 'Serum', quantity: 1 }]);
    // Which import brought it is the last one's, unchanged or not.
    const importOf = () => history(storeId).prepare('SELECT import_id FROM orders').pluck().all();
    expect(importOf()).toEqual([again.id]);
    await importFile({ storeId, filePath: writeFile('toner.csv', header + order('Toner', 1)) });
    expect(lines()).toEqual([{ product_name: 'Toner', quantity: 1 }]);
    const last = await importFile({ storeId, filePath: writeFile('two.csv', header + order('Toner', 2)) });
    expect(lines()).toEqual([{ product_name: 'Toner', quantity: 2 }]);
    expect(importOf()).toEqual([last.id]);
  });

  it('clears the figures of a customer whose only purchase a re-import refunds', async () => {
    const storeId = createStore('Shop', t.db);
    const header = 'Name,Email,Financial Status,Created at,Total,Refunded Amount,Lineitem quantity,Lineitem name,Lineitem price\n';
    await importFile({ storeId, filePath: writeFile('solo.csv', `${header}#2001,solo@example.com,paid,2025-01-05 10:00:00 -0500,40.00,0.00,1,Serum,40.00\n`) });
    const solo = () =>
      history(storeId)
        .prepare('SELECT purchase_count, net_revenue, first_purchase_at, last_purchase_at, first_order_ref FROM customers WHERE customer_key = ?')
        .get('solo@example.com');
    expect(solo()).toMatchObject({ purchase_count: 1, net_revenue: 40, first_order_ref: 1 });
    await importFile({ storeId, filePath: writeFile('solo-refund.csv', `${header}#2001,solo@example.com,refunded,2025-01-05 10:00:00 -0500,40.00,40.00,1,Serum,40.00\n`) });
    expect(solo()).toEqual({ purchase_count: 0, net_revenue: 0, first_purchase_at: null, last_purchase_at: null, first_order_ref: null });
  });
});

describe('orders split across the file', () => {
  it('merge into the first run, whose customer and e-mail win', async () => {
    const storeId = createStore('Shop', t.db);
    const result = await importRows(storeId, 'split.csv', [
      '1,C1,b@example.com,2025-01-01T10:00:00Z,10.00',
      '2,C2,c@example.com,2025-01-02T10:00:00Z,5.00',
      '1,C3,a@example.com,,',
      '3,C1,,2025-01-03T10:00:00Z,7.00',
    ]);
    expect(result).toMatchObject({ status: 'done', orders: 3, customers: 2, revenue: 22 });
    const customers = history(storeId).prepare('SELECT customer_key, email, purchase_count FROM customers ORDER BY customer_key').all();
    expect(customers).toEqual([
      { customer_key: 'C1', email: 'b@example.com', purchase_count: 2 },
      { customer_key: 'C2', email: 'c@example.com', purchase_count: 1 },
    ]);
  });
});

describe('timelines', () => {
  const firstPurchase = (storeId: string, customerKey: string) =>
    history(storeId)
      .prepare(
        `SELECT c.purchase_count, c.net_revenue, o.order_id AS first_order_id
           FROM customers c JOIN orders o ON o.id = c.first_order_ref WHERE c.customer_key = ?`,
      )
      .get(customerKey);
  const places = (storeId: string) =>
    timelinesByKey(storeId).map((c) => [c.customerId, c.purchases.map((p) => [p.orderId, p.sequence, p.dayOffset, p.gapDays])]);

  it('orders purchases by date, then order id, whatever their ids and their place in the file', async () => {
    const storeId = createStore('Shop', t.db);
    await importRows(storeId, 'order.csv', [
      'Z-1,C2,,2025-01-01T00:00:00Z,5.00',
      'C-5,C1,,2025-03-01T10:00:00Z,30.00',
      'A-1,C1,,2025-03-10T10:00:00Z,20.00',
      'B-9,C1,,2025-03-01T10:00:00Z,10.00',
      'A-7,C2,,2025-01-02T23:00:00Z,5.00',
    ]);
    expect(places(storeId)).toEqual([
      ['C1', [['B-9', 1, 0, null], ['C-5', 2, 0, 0], ['A-1', 3, 9, 9]]],
      ['C2', [['Z-1', 1, 0, null], ['A-7', 2, 1, 1]]],
    ]);
    const c1 = firstPurchase(storeId, 'C1');
    expect(c1).toEqual({ purchase_count: 3, net_revenue: 60, first_order_id: 'B-9' });

    // An earlier purchase arriving later moves every purchase of that customer along.
    await importRows(storeId, 'earlier.csv', ['X-3,C1,,2025-02-20T10:00:00Z,1.00']);
    expect(places(storeId)).toEqual([
      ['C1', [['X-3', 1, 0, null], ['B-9', 2, 9, 9], ['C-5', 3, 9, 0], ['A-1', 4, 18, 9]]],
      ['C2', [['Z-1', 1, 0, null], ['A-7', 2, 1, 1]]],
    ]);
    const after = firstPurchase(storeId, 'C1');
    expect(after).toEqual({ purchase_count: 4, net_revenue: 61, first_order_id: 'X-3' });
  });

  it("gives every customer the figures of its timeline, many customers to a statement and the rest one by one", async () => {
    const storeId = createStore('Shop', t.db);
    await importFile({ storeId, filePath: writeFile('demo.csv', demoCsv(300)) });
    const sqlite = history(storeId);
    const stored = sqlite
      .prepare(
        `SELECT customer_key, purchase_count, net_revenue, first_purchase_at, last_purchase_at, first_order_ref
           FROM customers WHERE purchase_count > 0 ORDER BY id`,
      )
      .all() as Array<{ customer_key: string }>;
    const expected = timelinesByKey(storeId).map((customer) => {
      const first = customer.purchases[0];
      const firstRef = sqlite.prepare('SELECT id FROM orders WHERE order_id = ?').pluck().get(first.orderId);
      return {
        customer_key: customer.customerId,
        purchase_count: customer.purchases.length,
        net_revenue: Math.round(customer.purchases.reduce((sum, p) => sum + p.netRevenue, 0) * 100) / 100,
        first_purchase_at: first.at,
        last_purchase_at: customer.purchases.at(-1)!.at,
        first_order_ref: firstRef,
      };
    });
    // More than a few statements' worth, and not a whole number of them.
    expect(stored.length).toBeGreaterThan(200);
    expect(stored.length % 64).not.toBe(0);
    expect([...stored].sort((a, b) => compareKeys(a, b))).toEqual(expected.sort((a, b) => compareKeys(a, b)));
  });
});

function compareKeys(a: { customer_key: unknown }, b: { customer_key: unknown }): number {
  return String(a.customer_key) < String(b.customer_key) ? -1 : String(a.customer_key) > String(b.customer_key) ? 1 : 0;
}

describe('re-imports that change customers', () => {
  const customers = (storeId: string) =>
    history(storeId).prepare('SELECT customer_key, email, purchase_count FROM customers ORDER BY customer_key').all();

  it('an order moved to another customer, or given another e-mail, leaves the customers its orders say', async () => {
    const storeId = createStore('Shop', t.db);
    await importRows(storeId, 'first.csv', ['1,C1,b@example.com,2025-01-01T10:00:00Z,10.00', '2,C2,c@example.com,2025-01-02T10:00:00Z,5.00']);
    // Order 1 now belongs to C3: C1 has no order left.
    const moved = await importRows(storeId, 'moved.csv', ['1,C3,x@example.com,2025-01-01T10:00:00Z,10.00']);
    expect(moved).toMatchObject({ status: 'done', orders: 1, customers: 1, purchases: 1, revenue: 10 });
    expect(customers(storeId)).toEqual([
      { customer_key: 'C2', email: 'c@example.com', purchase_count: 1 },
      { customer_key: 'C3', email: 'x@example.com', purchase_count: 1 },
    ]);
    // Order 2's e-mail is now a smaller one: the customer's greatest e-mail is that one.
    await importRows(storeId, 'email.csv', ['2,C2,a@example.com,2025-01-02T10:00:00Z,5.00']);
    expect(customers(storeId)).toEqual([
      { customer_key: 'C2', email: 'a@example.com', purchase_count: 1 },
      { customer_key: 'C3', email: 'x@example.com', purchase_count: 1 },
    ]);
  });
});

describe('customer e-mails', () => {
  it('keeps the greatest e-mail of a customer keyed by id, in SQLite\'s order of text', async () => {
    const storeId = createStore('Shop', t.db);
    // JavaScript orders U+FF5E after U+1F600 (by UTF-16 units); SQLite orders the UTF-8 bytes, the other way round.
    const result = await importRows(storeId, 'emails.csv', [
      '1,C1,x\u{1F600}@example.com,2025-01-01T10:00:00Z,10.00',
      '2,C1,x\uFF5E@example.com,2025-01-02T10:00:00Z,5.00',
      '3,C1,,2025-01-03T10:00:00Z,7.00',
      '4,C2,b@example.com,2025-01-04T10:00:00Z,7.00',
      '5,C2,a@example.com,2025-01-05T10:00:00Z,7.00',
    ]);
    expect(result).toMatchObject({ status: 'done', orders: 5, customers: 2 });
    const customers = history(storeId).prepare('SELECT customer_key, email FROM customers ORDER BY customer_key').all();
    expect(customers).toEqual([
      { customer_key: 'C1', email: 'x\u{1F600}@example.com' },
      { customer_key: 'C2', email: 'b@example.com' },
    ]);
    const sqliteMax = t.sqlite.prepare(`SELECT max(column1) AS m FROM (VALUES ('x\u{1F600}@example.com'), ('x\uFF5E@example.com'))`).get();
    expect(sqliteMax).toEqual({ m: 'x\u{1F600}@example.com' });
  });
});

describe('reading in a reader thread', () => {
  it('gives the same store as reading on the import thread, on a first import and a re-import', async () => {
    const file = writeFile('demo.csv', demoCsv(300, 5));
    const inThread = createStore('In thread', t.db);
    const parallel = createStore('Parallel', t.db);
    for (let pass = 0; pass < 2; pass++) {
      await importFile({ storeId: inThread, filePath: file }, { parallelRead: false });
      const result = await importFile({ storeId: parallel, filePath: file }, { parallelRead: true });
      expect(result.status).toBe('done');
    }
    const { imports: _a, ...expected } = getStoreSummary(inThread, t.db)!;
    const { imports: _b, ...actual } = getStoreSummary(parallel, t.db)!;
    expect(actual).toEqual(expected);
    expect(listCustomerTimelines(parallel, t.db)).toEqual(listCustomerTimelines(inThread, t.db));
  });

  it('a failure while storing stops the reader and leaves nothing', async () => {
    const storeId = createStore('Shop', t.db);
    const failed = await importFile(
      { storeId, filePath: writeFile('demo.csv', demoCsv(200)) },
      {
        parallelRead: true,
        hooks: {
          afterChunk: () => {
            throw new Error('disk full while storing (simulated)');
          },
        },
      },
    );
    expect(failed).toMatchObject({ status: 'failed', error: 'disk full while storing (simulated)' });
    expect(getStoreSummary(storeId, t.db)).toMatchObject({ customers: 0, orders: 0 });
  });

  it('reports why the reader could not read the file', async () => {
    const storeId = createStore('Shop', t.db);
    const file = writeFile('demo.csv', demoCsv(50));
    const started = startImport({ storeId, filePath: file, fileName: 'demo.csv' }, options({ parallelRead: true }));
    fs.rmSync(file); // gone before the reader opens it
    await started.done;
    expect(getImport(started.importId, t.db)).toMatchObject({ status: 'failed', error: expect.stringContaining('ENOENT') });
  });
});

describe('atomicity', () => {
  it('a failure inside the final transaction leaves the store exactly as before', async () => {
    const storeId = createStore('Shop', t.db);
    await importFile({ storeId, filePath: fixturePath('shopify-orders.csv') });
    const before = { summary: getStoreSummary(storeId, t.db), timelines: listCustomerTimelines(storeId, t.db) };
    const failed = await importFile(
      { storeId, filePath: writeFile('demo.csv', demoCsv(200)) },
      {
        hooks: {
          beforeCommit: () => {
            throw new Error('disk full (simulated)');
          },
        },
      },
    );
    expect(failed).toMatchObject({ status: 'failed', error: 'disk full (simulated)' });
    expect(getStoreSummary(storeId, t.db)).toEqual({ ...before.summary, imports: 2 });
    expect(listCustomerTimelines(storeId, t.db)).toEqual(before.timelines);
    // The failed import's file is gone; the store's own is the one it had.
    expect(historyFiles()).toEqual([historyFileName(storeId, t.db)]);
  });

  it('a failure while reading leaves nothing either', async () => {
    const storeId = createStore('Shop', t.db);
    const failed = await importFile(
      { storeId, filePath: writeFile('demo.csv', demoCsv(200)) },
      {
        hooks: {
          afterChunk: () => {
            throw new Error('read error (simulated)');
          },
        },
      },
    );
    expect(failed.status).toBe('failed');
    expect(getStoreSummary(storeId, t.db)).toMatchObject({ customers: 0, orders: 0 });
    expect(storeHistory(storeId, t.db)).toBeNull();
    expect(historyFiles()).toEqual([]);
  });
});

describe('bad input', () => {
  it('refuses a mapping naming columns that do not exist, recording nothing', () => {
    const storeId = createStore('Shop', t.db);
    const attempt = () =>
      startImport(
        {
          storeId,
          filePath: fixturePath('generic-ambiguous-dates.csv'),
          fileName: 'a.csv',
          mapping: { orderId: 'order_id', customerEmail: 'mail', createdAt: 'order_date', total: 'amount' },
          dateFormat: 'M/D/YYYY',
        },
        options(),
      );
    expect(attempt).toThrow(ImportInputError);
    expect(attempt).toThrow('The mapping names columns not in the file: "mail", "amount".');
    try {
      attempt();
    } catch (error) {
      expect((error as ImportInputError).columns).toEqual(['mail', 'amount']);
    }
    expect(listImports(storeId, t.db)).toEqual([]);
  });

  it('names missing Shopify columns when the format is forced', () => {
    const storeId = createStore('Shop', t.db);
    expect(() =>
      startImport({ storeId, filePath: fixturePath('generic-ambiguous-dates.csv'), fileName: 'a.csv', format: 'shopify' }, options()),
    ).toThrow(/missing columns "Name", "Email", "Financial Status", "Created at", "Total", "Lineitem quantity"/);
  });

  it('refuses the same way when the import threads were already loading, and records nothing', async () => {
    const storeId = createStore('Shop', t.db);
    const request = { storeId, filePath: fixturePath('generic-ambiguous-dates.csv'), fileName: 'a.csv', format: 'shopify' as const };
    expect(() => startImport(request, options({ inProcess: false, parallelRead: true }))).toThrow(/missing columns "Name"/);
    expect(t.sqlite.prepare('SELECT count(*) AS n FROM imports WHERE store_id = ?').get(storeId)).toEqual({ n: 0 });
    // The store takes the next import as if nothing had happened.
    const started = startImport({ storeId, filePath: fixturePath('shopify-orders.csv'), fileName: 'w.csv' }, options({ inProcess: false }));
    await started.done;
    expect(getImport(started.importId, t.db)).toMatchObject({ status: 'done', orders: 8 });
  });

  it('asks for the date format when the data cannot decide, and uses the one given', async () => {
    const storeId = createStore('Shop', t.db);
    const input = {
      storeId,
      filePath: fixturePath('generic-ambiguous-dates.csv'),
      mapping: { orderId: 'order_id', customerEmail: 'email', createdAt: 'order_date', total: 'total' },
    };
    expect(() => startImport({ ...input, fileName: 'a.csv' }, options())).toThrow(/choose the date format/);
    const result = await importFile({ ...input, dateFormat: 'D/M/YYYY', timezone: 'Europe/Paris' });
    expect(result).toMatchObject({ status: 'done', orders: 3, customers: 2 });
    expect(result.dateRange!.from).toEqual(new Date(Date.UTC(2025, 3, 3, 7, 15))); // 3 April 09:15 in Paris
  });

  it('rejects bad rows by reason, with a spreadsheet-safe CSV of them', async () => {
    const storeId = createStore('Shop', t.db);
    const result = await importFile({
      storeId,
      filePath: fixturePath('generic-bad-rows.csv'),
      mapping: { orderId: 'order_id', customerEmail: 'email', createdAt: 'created_at', total: 'total' },
    });
    expect(result).toMatchObject({
      status: 'done',
      orders: 2,
      purchases: 1,
      // The customer of the undated order (row 7) has no order left.
      customers: 2,
      skipped: { 'unparsable date': 1, 'unparsable amount': 1, 'missing order id': 1, 'wrong number of columns': 1, 'missing date': 1 },
    });
    const csv = rejectedRowsCsv(result.id, t.db);
    expect(csv.split('\r\n')[0]).toBe('row,reason,order_id,email,created_at,total');
    expect(csv).toContain('3,unparsable date,2,b@example.com,yesterday,12.00');
    expect(csv).toContain(`7,missing date,5,"'=HYPERLINK(""http://evil"")",,7.00`);
    expect(csv).not.toMatch(/(^|,)=/m);
  });

  it('refuses an empty file and a file that is not a CSV', () => {
    const storeId = createStore('Shop', t.db);
    expect(() => startImport({ storeId, filePath: fixturePath('empty.csv'), fileName: 'e.csv' }, options())).toThrow('The file is empty.');
    expect(() => startImport({ storeId, filePath: fixturePath('not-a-csv.xlsx'), fileName: 'x.xlsx' }, options())).toThrow(/not a CSV/);
  });

  it('reads every encoding and delimiter the same', async () => {
    const mapping = { orderId: 'order_id', customerEmail: 'email', createdAt: 'created_at', total: 'total', productName: 'product' };
    for (const name of ['utf8-bom.csv', 'utf16le-excel.txt', 'utf16be.csv', 'windows-1252.csv']) {
      const storeId = createStore(name, t.db);
      const result = await importFile({ storeId, filePath: fixturePath(name), mapping });
      expect(result).toMatchObject({ status: 'done', orders: 2, customers: 2, revenue: 30.5 });
      const timelines = timelinesByKey(storeId);
      expect(timelines.map((c) => c.customerId)).toEqual(['jürgen@example.com', 'zoé@example.com']);
      expect(timelines[1].purchases[0].lines[0].productName).toBe('Crème brûlée € set');
    }
  });
});

describe('runner', () => {
  it('runs imports of one store one at a time, in order', async () => {
    const storeId = createStore('Shop', t.db);
    const file = writeFile('demo.csv', demoCsv(150));
    const a = startImport({ storeId, filePath: file, fileName: 'a.csv' }, options());
    const b = startImport({ storeId, filePath: fixturePath('shopify-orders.csv'), fileName: 'b.csv' }, options());
    expect(getImport(b.importId, t.db)!.status).toBe('running');
    await Promise.all([a.done, b.done]);
    const [second, first] = listImports(storeId, t.db);
    expect(first.finishedAt!.getTime()).toBeLessThanOrEqual(second.finishedAt!.getTime());
    expect([first.status, second.status]).toEqual(['done', 'done']);
  });

  it('runs in a worker thread (TypeScript loaded by tsx)', async () => {
    const storeId = createStore('Shop', t.db);
    const started = startImport({ storeId, filePath: fixturePath('shopify-orders.csv'), fileName: 'w.csv' }, options({ inProcess: false }));
    await started.done;
    expect(getImport(started.importId, t.db)).toMatchObject({ status: 'done', orders: 8 });
  });

  it('runs in a worker thread with a reader thread beside it, which reports its failures', async () => {
    const storeId = createStore('Shop', t.db);
    const file = writeFile('demo.csv', demoCsv(300, 5));
    const inThread = await importFile({ storeId: createStore('In thread', t.db), filePath: file }, { parallelRead: false });
    const started = startImport({ storeId, filePath: file, fileName: 'demo.csv' }, options({ inProcess: false, parallelRead: true }));
    await started.done;
    const { id: _a, storeId: _b, startedAt: _c, finishedAt: _d, ...expected } = inThread;
    expect(getImport(started.importId, t.db)).toMatchObject({ ...expected, status: 'done' });

    const gone = writeFile('gone.csv', demoCsv(50));
    const failing = startImport({ storeId, filePath: gone, fileName: 'gone.csv' }, options({ inProcess: false, parallelRead: true }));
    fs.rmSync(gone); // gone before the reader opens it
    await failing.done;
    expect(getImport(failing.importId, t.db)).toMatchObject({ status: 'failed', error: expect.stringContaining('ENOENT') });
  });

  it('deleting a store deletes everything imported into it', async () => {
    const storeId = createStore('Shop', t.db);
    await importFile({ storeId, filePath: fixturePath('shopify-orders.csv') });
    expect(historyFiles()).toHaveLength(1);
    expect(deleteStore(storeId, t.db)).toBe(true);
    expect(t.sqlite.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 0 });
    expect(historyFiles()).toEqual([]);
  });
});
