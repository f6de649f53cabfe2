import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveAsOf } from './observation';
import { prepareStore } from './prepared-store';
import { DAY_MS } from './dates';
import { customer, T0 } from './test-support/timelines';

describe('prepareStore', () => {
  it('orders customers by first purchase, then by id, and skips timelines without purchases', () => {
    const store = prepareStore([
      customer('b', [0, 3], 5),
      { customerId: 'empty', purchases: [] },
      customer('c', [{ day: 0, products: ['Mug', 'Tea'] }], 2),
      customer('a', [0], 5),
    ]);
    expect(store.customerIds).toEqual(['c', 'a', 'b']);
    expect(store.customerCount).toBe(3);
    expect(Array.from(store.purchaseStart)).toEqual([0, 1, 2, 4]);
    expect(Array.from(store.day)).toEqual([0, 0, 0, 3]);
    expect(Array.from(store.lineStart)).toEqual([0, 2, 2, 2, 2]);
    expect(store.firstPurchaseAt).toBe(store.firstAt[0]);
    expect(store.products.labels).toEqual(['', 'Mug', 'Tea']);
  });

  it("defaults the as-of to the store's last order, which may be later than its last purchase", () => {
    const timelines = [customer('a', [0, 10]), customer('b', [0], 3)];
    const lastPurchase = T0 + 10 * DAY_MS + 60_000;
    expect(resolveAsOf(prepareStore(timelines))).toBe(lastPurchase);
    // a cancelled order placed on day 20 is the store's last order
    const cancelledLater = T0 + 20 * DAY_MS;
    const store = prepareStore(timelines, { lastOrderAt: cancelledLater });
    expect(store.lastPurchaseAt).toBe(lastPurchase);
    expect(resolveAsOf(store)).toBe(cancelledLater);
    // an earlier "last order" cannot hide a purchase; an explicit as-of wins
    expect(resolveAsOf(prepareStore(timelines, { lastOrderAt: T0 }))).toBe(lastPurchase);
    expect(resolveAsOf(store, T0 + DAY_MS)).toBe(T0 + DAY_MS);
    expect(prepareStore([]).lastOrderAt).toBeNull();
    expect(prepareStore([], { lastOrderAt: cancelledLater }).lastOrderAt).toBe(cancelledLater);
  });

  it('property: the order is a stable sort by (first purchase time, id) whatever order the timelines come in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), start: fc.integer({ min: 0, max: 5 }) }), {
          selector: (spec) => spec.id,
          maxLength: 40,
        }),
        (specs) => {
          const store = prepareStore(specs.map((spec) => customer(spec.id, [0], spec.start)));
          const expected = [...specs]
            .sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
            .map((spec) => spec.id);
          expect(store.customerIds).toEqual(expected);
          for (let c = 1; c < store.customerCount; c++) expect(store.firstAt[c]).toBeGreaterThanOrEqual(store.firstAt[c - 1]);
          if (specs.length > 0) expect(store.firstAt[0]).toBeGreaterThanOrEqual(T0);
        },
      ),
    );
  });
});
