import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PurchasePlaces, type CustomerFigures } from './purchase-places';
import { SpareMemory } from './spare-memory';
import { deriveTimelines, DAY_MS } from './timeline';

describe('PurchasePlaces', () => {
  it('numbers each customer’s purchases by date, then order id, with whole days since the first and the previous', () => {
    const places = new PurchasePlaces();
    const at = (day: number, hour = 0) => day * DAY_MS + hour * 3_600_000;
    const ids = ['', 'C-5', 'A-1', 'B-9', 'Z-1', 'X-0', 'Y-0', 'W-0'];
    places.set(1, 1, at(10, 10), 30, true);
    places.set(2, 1, at(19, 9), 20, true);
    places.set(3, 1, at(10, 10), 10, true); // same moment as C-5: the order id decides
    places.set(4, 2, at(0), 5, true);
    places.set(5, 2, at(1), 99, false); // not a purchase
    places.set(6, null, at(2), 7, true); // anonymous
    places.set(7, 2, null, 7, true); // no date (yet)
    const asked: number[] = [];
    const figures: Array<[number, CustomerFigures]> = [];
    const p = places.derive(
      (n) => {
        asked.push(n);
        return ids[n];
      },
      (customer, f) => figures.push([customer, f]),
    );
    // Order ids are read only for the tie.
    expect(new Set(asked)).toEqual(new Set([1, 3]));
    expect([...p.sequence]).toEqual([0, 2, 3, 1, 1, 0, 0, 0]);
    expect([...p.dayOffset]).toEqual([0, 0, 8, 0, 0, 0, 0, 0]);
    expect([...p.gapDays]).toEqual([0, 0, 8, -1, -1, 0, 0, 0]);
    // Customers with a purchase, in customer order.
    expect(figures).toEqual([
      [1, { purchases: 3, revenue: 60, firstOrder: 3, firstAt: at(10, 10), lastAt: at(19, 9) }],
      [2, { purchases: 1, revenue: 5, firstOrder: 4, firstAt: at(0), lastAt: at(0) }],
    ]);
  });

  it('recording an order again replaces what was known of it', () => {
    const places = new PurchasePlaces();
    places.set(1, 1, 0, 10, true);
    places.set(2, 1, DAY_MS, 10, true);
    places.set(1, 1, 5 * DAY_MS, 10, false); // cancelled since
    const figures = new Map<number, CustomerFigures>();
    const p = places.derive((n) => String(n), (customer, f) => figures.set(customer, f));
    expect([...p.sequence]).toEqual([0, 0, 1]);
    expect([...figures.keys()]).toEqual([1]);
    expect(figures.get(1)!.purchases).toBe(1);
  });

  it('keeps orders numbered far apart, recorded in any order (its columns grow by chunks)', () => {
    const places = new PurchasePlaces();
    // Customer 1: orders 200,000 (day 3), 70,000 (day 1) and 5 (day 2), recorded highest first.
    places.set(200_000, 1, 3 * DAY_MS, 30, true);
    places.set(70_000, 1, DAY_MS, 10, true);
    places.set(5, 1, 2 * DAY_MS, 20, true);
    places.set(131_072, 2, 0, 7, true); // the first entry of a chunk
    const figures = new Map<number, CustomerFigures>();
    const p = places.derive((n) => String(n), (customer, f) => figures.set(customer, f));
    expect(p.sequence.length).toBe(200_001);
    expect([p.sequence[70_000], p.sequence[5], p.sequence[200_000], p.sequence[131_072]]).toEqual([1, 2, 3, 1]);
    expect([p.dayOffset[200_000], p.gapDays[200_000], p.gapDays[70_000]]).toEqual([2, 1, -1]);
    expect(figures.get(1)).toEqual({ purchases: 3, revenue: 60, firstAt: DAY_MS, lastAt: 3 * DAY_MS, firstOrder: 70_000 });
    expect(figures.get(2)).toEqual({ purchases: 1, revenue: 7, firstAt: 0, lastAt: 0, firstOrder: 131_072 });
    expect(p.sequence.filter((s) => s > 0).length).toBe(4);
  });

  it('works the same in spare memory holding old contents', () => {
    const record = (places: PurchasePlaces) => {
      for (let order = 1; order <= 500; order++) places.set(order, 1 + (order % 37), (order % 11) * DAY_MS, order, order % 5 !== 0);
    };
    const plain = new PurchasePlaces();
    record(plain);
    const figures: CustomerFigures[] = [];
    const expected = plain.derive((n) => String(n), (_, f) => figures.push(f));

    const buffers = [new ArrayBuffer(4096), new ArrayBuffer(8192)];
    for (const buffer of buffers) new Int32Array(buffer).fill(-9);
    const spared = new PurchasePlaces();
    record(spared);
    const again: CustomerFigures[] = [];
    const places = spared.derive((n) => String(n), (_, f) => again.push(f), new SpareMemory(buffers));
    // Carved from what was given, as far as it went.
    expect(buffers).toContain(places.sequence.buffer);
    expect(buffers).toContain(places.gapDays.buffer);
    expect(places).toEqual(expected);
    expect(again).toEqual(figures);
  });

  it('gives the same places and figures as the reference derivation', () => {
    const order = fc.record({
      customer: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
      at: fc.integer({ min: 0, max: 400 }).map((hours) => hours * 3_600_000 * 7),
      isPurchase: fc.boolean(),
      netRevenue: fc.integer({ min: 0, max: 500 }),
      suffix: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(order, { maxLength: 300 }), (orders) => {
        const places = new PurchasePlaces();
        const withIds = orders.map((o, i) => ({ ...o, orderId: `${o.suffix}#${i}`, number: i + 1 }));
        for (const o of withIds) places.set(o.number, o.customer, o.at, o.netRevenue, o.isPurchase);
        const figures = new Map<number, CustomerFigures>();
        const p = places.derive(
          (n) => withIds[n - 1].orderId,
          (customer, f) => figures.set(customer, f),
        );

        const expected = deriveTimelines(
          withIds.map((o) => ({
            orderId: o.orderId,
            customerKey: o.customer === null ? null : String(o.customer),
            at: o.at,
            isPurchase: o.isPurchase,
            netRevenue: o.netRevenue,
            discountCode: '',
            source: '',
            country: '',
            lines: [],
          })),
        );
        const numberOf = new Map(withIds.map((o) => [o.orderId, o.number]));
        for (const timeline of expected) {
          const customer = Number(timeline.customerId);
          expect(figures.get(customer)).toEqual({
            purchases: timeline.purchases.length,
            firstOrder: numberOf.get(timeline.purchases[0].orderId),
            revenue: timeline.purchases.reduce((sum, x) => sum + x.netRevenue, 0),
            firstAt: timeline.purchases[0].at,
            lastAt: timeline.purchases[timeline.purchases.length - 1].at,
          });
          for (const purchase of timeline.purchases) {
            const n = numberOf.get(purchase.orderId)!;
            expect([p.sequence[n], p.dayOffset[n], p.gapDays[n]]).toEqual([purchase.sequence, purchase.dayOffset, purchase.gapDays ?? -1]);
          }
        }
        expect(figures.size).toBe(expected.length);
        const placed = [...p.sequence].filter((s) => s > 0).length;
        expect(placed).toBe(expected.reduce((sum, t) => sum + t.purchases.length, 0));
      }),
    );
  });
});
