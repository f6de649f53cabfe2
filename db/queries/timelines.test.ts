import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extendHistory, writeLine } from '../history/extend';
import { openTestDatabase } from '../test-db';
import { createStore } from './stores';
import { listCustomerTimelines } from './timelines';

let t: ReturnType<typeof openTestDatabase>;
beforeEach(() => (t = openTestDatabase()));
afterEach(() => t.cleanup());

const DAY = 86_400_000;

type History = Parameters<Parameters<typeof extendHistory>[2]>[0];

function addCustomer(h: History, key: string): number {
  const row = h.prepare('INSERT INTO customers (id, customer_key) SELECT coalesce(max(id), 0) + 1, ? FROM customers RETURNING id').get(key);
  return (row as { id: number }).id;
}

/** An order; with a sequence it is a purchase in the timeline. */
function addOrder(h: History, customerRef: number | null, orderId: string, sequence: number | null, day: number): number {
  const id = Number(
    h
      .prepare('INSERT INTO orders (order_id, customer_ref, created_at, net_revenue, is_purchase) VALUES (?, ?, ?, ?, ?)')
      .run(orderId, customerRef, day * DAY, 10 * day, sequence === null ? 0 : 1).lastInsertRowid,
  );
  if (sequence !== null && customerRef !== null) {
    h.prepare('INSERT INTO timeline (order_ref, sequence, day_offset, gap_days) VALUES (?, ?, ?, ?)').run(
      id,
      sequence,
      day,
      sequence === 1 ? null : day,
    );
  }
  return id;
}

function addLine(h: History, orderRef: number, position: number, productName: string): void {
  writeLine(h, orderRef, position, { productName, sku: '', category: '', quantity: 1, lineTotal: 5 });
}

describe('listCustomerTimelines', () => {
  // The load reads orders and lines in storage order and sorts afterwards, so the rows
  // here are written out of order on purpose.
  it('lists customers as they were numbered, purchases by sequence and lines by position', () => {
    const storeId = createStore('Shop', t.db);
    extendHistory(t.db, storeId, (h) => {
      const bea = addCustomer(h, 'bea');
      const ana = addCustomer(h, 'ana');
      addCustomer(h, 'cy'); // no purchase: no timeline
      // Order ids sort against the sequence: "#1" is bea's third purchase.
      const third = addOrder(h, bea, '#1', 3, 40);
      addOrder(h, bea, '#2', 1, 0);
      const second = addOrder(h, bea, '#3', 2, 10);
      addOrder(h, ana, '#4', 1, 5);
      addOrder(h, ana, '#5', null, 6); // not a purchase
      addOrder(h, null, '#6', 1, 7); // anonymous
      addLine(h, third, 2, 'Toner');
      addLine(h, third, 1, 'Serum');
      addLine(h, second, 1, 'Cream');
    });
    const other = createStore('Other', t.db);
    extendHistory(t.db, other, (h) => {
      addOrder(h, addCustomer(h, 'ana'), '#1', 1, 0);
    });

    const timelines = listCustomerTimelines(storeId, t.db);

    expect(timelines.map((c) => [c.customerId, c.purchases.map((p) => p.orderId)])).toEqual([
      ['bea', ['#2', '#3', '#1']],
      ['ana', ['#4']],
    ]);
    expect(timelines[0].purchases.map((p) => p.lines.map((l) => l.productName))).toEqual([[], ['Cream'], ['Serum', 'Toner']]);
    expect(timelines[0].purchases[2]).toEqual({
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

  it('is empty for a store without a history', () => {
    expect(listCustomerTimelines(createStore('Empty', t.db), t.db)).toEqual([]);
  });
});
