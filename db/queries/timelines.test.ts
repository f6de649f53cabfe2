import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test-db';
import { createStore } from './stores';
import { listCustomerTimelines } from './timelines';

let t: ReturnType<typeof openTestDatabase>;
beforeEach(() => (t = openTestDatabase()));
afterEach(() => t.cleanup());

const DAY = 86_400_000;

function addCustomer(storeId: string, key: string): number {
  return Number(t.sqlite.prepare('INSERT INTO customers (store_id, customer_key) VALUES (?, ?)').run(storeId, key).lastInsertRowid);
}

function addOrder(storeId: string, customerRef: number | null, orderId: string, sequence: number | null, day: number): number {
  return Number(
    t.sqlite
      .prepare(
        `INSERT INTO orders (store_id, order_id, customer_ref, created_at, net_revenue, is_purchase, sequence, day_offset, gap_days)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
      )
      .run(storeId, orderId, customerRef, day * DAY, 10 * day, sequence, sequence === null ? null : day, sequence === 1 ? null : day)
      .lastInsertRowid,
  );
}

function addLine(orderRef: number, position: number, productName: string): void {
  t.sqlite
    .prepare('INSERT INTO order_lines (order_ref, position, product_name, quantity, line_total) VALUES (?, ?, ?, 1, 5)')
    .run(orderRef, position, productName);
}

describe('listCustomerTimelines', () => {
  // The load reads orders and lines in storage order and sorts afterwards, so the rows
  // here are written out of order on purpose.
  it('orders customers by key, purchases by sequence and lines by position', () => {
    const storeId = createStore('Shop', t.db);
    const bea = addCustomer(storeId, 'bea');
    const ana = addCustomer(storeId, 'ana');
    addCustomer(storeId, 'cy'); // no purchase: no timeline
    // Order ids sort against the sequence: "#1" is bea's third purchase.
    const third = addOrder(storeId, bea, '#1', 3, 40);
    addOrder(storeId, bea, '#2', 1, 0);
    const second = addOrder(storeId, bea, '#3', 2, 10);
    addOrder(storeId, ana, '#4', 1, 5);
    addOrder(storeId, ana, '#5', null, 6); // not a purchase
    addOrder(storeId, null, '#6', 1, 7); // anonymous
    addLine(third, 2, 'Toner');
    addLine(third, 1, 'Serum');
    addLine(second, 1, 'Cream');
    const other = createStore('Other', t.db);
    addOrder(other, addCustomer(other, 'ana'), '#1', 1, 0);

    const timelines = listCustomerTimelines(storeId, t.db);

    expect(timelines.map((c) => [c.customerId, c.purchases.map((p) => p.orderId)])).toEqual([
      ['ana', ['#4']],
      ['bea', ['#2', '#3', '#1']],
    ]);
    expect(timelines[1].purchases.map((p) => p.lines.map((l) => l.productName))).toEqual([[], ['Cream'], ['Serum', 'Toner']]);
    expect(timelines[1].purchases[2]).toEqual({
      orderId: '#1',
      at: 40 * DAY,
      sequence: 3,
      dayOffset: 40,
      gapDays: 40,
      netRevenue: 400,
      discountCode: '',
      source: '',
      country: '',
      lines: [
        { productName: 'Serum', sku: '', category: '', quantity: 1, lineTotal: 5 },
        { productName: 'Toner', sku: '', category: '', quantity: 1, lineTotal: 5 },
      ],
    });
  });
});
