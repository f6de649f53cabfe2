import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type DbHandle } from '../client';
import { getStoreSummary } from '../queries/stores';
import { listCustomerTimelines } from '../queries/timelines';
import { historyFileName } from './read';

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');
const DAY = 86_400_000;

let dir: string;
let handle: DbHandle | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loopmap-legacy-'));
});
afterEach(() => {
  handle?.sqlite.close();
  handle = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A database as the app left it before histories had files: migrations 0000 and 0001 only. */
function databaseBeforeHistoryFiles(file: string): Database.Database {
  const folder = path.join(dir, 'old-migrations');
  fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ idx: number; tag: string }>;
  };
  journal.entries = journal.entries.filter((entry) => entry.idx <= 1);
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const entry of journal.entries) fs.copyFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  return sqlite;
}

it('moves each store’s orders out of the app database into a history file, once, losing nothing', () => {
  const file = path.join(dir, 'app.db');
  const old = databaseBeforeHistoryFiles(file);
  const insertStore = old.prepare("INSERT INTO stores (id, name, is_demo, created_at) VALUES (?, ?, 0, 0)");
  insertStore.run('shop', 'Shop');
  insertStore.run('other', 'Other');
  insertStore.run('empty', 'Empty');
  old.prepare("INSERT INTO imports (id, store_id, file_name, format, status, started_at, finished_at) VALUES ('i1', 'shop', 'a.csv', 'shopify', 'done', 0, 0)").run();
  const customer = old.prepare(
    'INSERT INTO customers (id, store_id, customer_key, email, purchase_count, net_revenue, first_purchase_at, first_order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  customer.run(1, 'shop', 'C1', 'a@example.com', 2, 30, 0, '#1');
  customer.run(2, 'other', 'C9', null, 1, 5, DAY, '#1');
  const order = old.prepare(
    `INSERT INTO orders (id, store_id, order_id, customer_ref, created_at, total, net_revenue, is_purchase, exclusion, sequence, day_offset, gap_days, import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'i1')`,
  );
  order.run(1, 'shop', '#1', 1, 0, 10, 10, 1, null, 1, 0, null);
  order.run(2, 'shop', '#2', 1, 3 * DAY, 20, 20, 1, null, 2, 3, 3);
  order.run(3, 'shop', '#3', null, 4 * DAY, 7, 0, 0, 'cancelled', null, null, null);
  order.run(4, 'other', '#1', 2, DAY, 5, 5, 1, null, 1, 0, null);
  const line = old.prepare('INSERT INTO order_lines (order_ref, position, product_name, quantity, line_total) VALUES (?, ?, ?, ?, ?)');
  line.run(2, 1, 'Toner', 1, 12);
  line.run(2, 0, 'Serum', 1, 8);
  line.run(1, 0, 'Cream', 2, 10);
  old.close();

  handle = openDatabase(file);
  const { db, sqlite } = handle;
  expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'legacy_%'").all()).toEqual([]);
  expect(historyFileName('empty', db)).toBeNull();
  expect(getStoreSummary('shop', db)).toMatchObject({ customers: 1, orders: 3, purchases: 2, revenue: 30, imports: 1 });
  expect(listCustomerTimelines('shop', db)).toEqual([
    {
      customerId: 'C1',
      purchases: [
        expect.objectContaining({ orderId: '#1', sequence: 1, dayOffset: 0, gapDays: null, lines: [expect.objectContaining({ productName: 'Cream', quantity: 2 })] }),
        expect.objectContaining({
          orderId: '#2',
          sequence: 2,
          dayOffset: 3,
          gapDays: 3,
          lines: [expect.objectContaining({ productName: 'Serum' }), expect.objectContaining({ productName: 'Toner' })],
        }),
      ],
    },
  ]);
  expect(listCustomerTimelines('other', db).map((c) => [c.customerId, c.purchases.map((p) => p.orderId)])).toEqual([['C9', ['#1']]]);
  expect(fs.readdirSync(path.join(dir, 'history')).sort()).toEqual([historyFileName('other', db), historyFileName('shop', db)].sort());

  // Opening again finds nothing left to move.
  const files = fs.readdirSync(path.join(dir, 'history'));
  handle.sqlite.close();
  handle = openDatabase(file);
  expect(fs.readdirSync(path.join(dir, 'history'))).toEqual(files);
  expect(getStoreSummary('shop', handle.db)).toMatchObject({ customers: 1, orders: 3 });
});
