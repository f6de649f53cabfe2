import { describe, expect, it } from 'vitest';
import { readOrdersInMemory } from './read-in-memory';
import { fixture } from './test-helpers';
import { deriveTimelines, DAY_MS, type TimelineOrder } from './timeline';

const base = Date.UTC(2025, 0, 1, 12);
function order(orderId: string, customerKey: string | null, days: number, isPurchase = true): TimelineOrder {
  return { orderId, customerKey, at: base + days * DAY_MS, isPurchase, netRevenue: 10, discountCode: '', source: 'web', country: 'US', lines: [] };
}

describe('deriveTimelines', () => {
  it('numbers purchases, with day offsets from the first and gaps from the previous', () => {
    const timelines = deriveTimelines([order('c', 'x', 30.5), order('a', 'x', 0), order('b', 'x', 6.9), order('z', 'y', 3)]);
    expect(timelines.map((t) => t.customerId)).toEqual(['x', 'y']);
    expect(timelines[0].purchases.map((p) => [p.orderId, p.sequence, p.dayOffset, p.gapDays])).toEqual([
      ['a', 1, 0, null],
      ['b', 2, 6, 6],
      ['c', 3, 30, 23],
    ]);
  });

  it('leaves out non-purchases and anonymous orders, breaks ties by order id', () => {
    const timelines = deriveTimelines([order('b', 'x', 1), order('a', 'x', 1), order('n', 'x', 0, false), order('q', null, 0)]);
    expect(timelines).toHaveLength(1);
    expect(timelines[0].purchases.map((p) => p.orderId)).toEqual(['a', 'b']);
  });

  it('derives the Shopify fixture: a cancelled and a refunded order do not start a timeline', async () => {
    const { orders } = await readOrdersInMemory(fixture('shopify-orders.csv'));
    const timelines = deriveTimelines(orders.map((o) => ({ ...o, at: o.createdAt, lines: o.lines })));
    const byCustomer = new Map(timelines.map((t) => [t.customerId, t.purchases]));
    expect([...byCustomer.keys()]).toEqual(['ana@example.com', 'bob@example.com']);
    expect(byCustomer.get('ana@example.com')!.map((p) => [p.orderId, p.sequence, p.dayOffset, p.gapDays, p.netRevenue])).toEqual([
      ['#1001', 1, 0, null, 54],
      ['#1003', 2, 14, 14, 60],
      ['#1008', 3, 30, 15, 9],
    ]);
    expect(byCustomer.get('bob@example.com')!.map((p) => [p.orderId, p.sequence, p.discountCode, p.country])).toEqual([
      ['#1007', 1, 'COMEBACK15', 'DE'],
    ]);
  });
});
