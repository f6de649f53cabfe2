import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CustomerRows } from './customer-rows';
import { createHistoryTables } from './schema';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  createHistoryTables(db);
});
afterEach(() => db.close());

const stored = () => db.prepare('SELECT id, customer_key, email FROM customers ORDER BY id').all();
const key = (i: number) => `customer-${i}@example.com`;

describe('CustomerRows', () => {
  it('numbers customers as they first appear and finds each again, inserted or still waiting for its statement', () => {
    const customers = new CustomerRows(db);
    // 100 customers: three full statements' worth, four still waiting.
    for (let i = 1; i <= 100; i++) expect(customers.idOf(key(i), key(i))).toBe(i);
    expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(96);
    for (let i = 1; i <= 100; i++) expect(customers.idOf(key(i), key(i))).toBe(i);
    expect(customers.keyOf(5)).toBe(key(5));
    expect(customers.keyOf(99)).toBe(key(99));
    customers.flush();
    expect(stored()).toEqual(Array.from({ length: 100 }, (_, k) => ({ id: k + 1, customer_key: key(k + 1), email: key(k + 1) })));
    expect(customers.idOf('new', null)).toBe(101);
  });

  it("keeps each customer's greatest e-mail in SQLite's order of text, inserted or waiting", () => {
    const customers = new CustomerRows(db);
    for (let i = 1; i <= 40; i++) customers.idOf(`C${i}`, null);
    // C1 is in SQLite already; C40 still waits for its statement.
    for (const id of ['C1', 'C40']) {
      customers.idOf(id, 'x\u{1F600}@example.com');
      customers.idOf(id, 'x\uFF5E@example.com'); // smaller in SQLite's (UTF-8) order, though not in JavaScript's
      customers.idOf(id, 'a@example.com');
      customers.idOf(id, null);
    }
    customers.flush();
    const emails = db.prepare("SELECT customer_key, email FROM customers WHERE customer_key IN ('C1', 'C2', 'C40') ORDER BY id").all();
    expect(emails).toEqual([
      { customer_key: 'C1', email: 'x\u{1F600}@example.com' },
      { customer_key: 'C2', email: null },
      { customer_key: 'C40', email: 'x\u{1F600}@example.com' },
    ]);
  });

  it('starts from the customers a history has, and numbers new ones after them', () => {
    db.prepare("INSERT INTO customers (id, customer_key, email) VALUES (3, 'old', 'old@example.com'), (7, 'older', NULL)").run();
    const customers = new CustomerRows(db);
    expect(customers.idOf('older', null)).toBe(7);
    expect(customers.idOf('old', 'old@example.com')).toBe(3);
    expect(customers.idOf('new', 'new@example.com')).toBe(8);
    expect(customers.keyOf(3)).toBe('old');
    customers.flush();
    expect(stored()).toEqual([
      { id: 3, customer_key: 'old', email: 'old@example.com' },
      { id: 7, customer_key: 'older', email: null },
      { id: 8, customer_key: 'new', email: 'new@example.com' },
    ]);
  });
});
