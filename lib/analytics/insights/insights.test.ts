import { describe, expect, it } from 'vitest';
import { storeInsights, segmentCustomers } from './index';
import { prepareStore } from '../prepared-store';
import { asOfDay, customer, HAND_AS_OF, handStore } from '../test-support/timelines';

// handStore(): revenue 50 per purchase except c6's second (150) → 11 purchases, 650.
describe('store insights on the hand-computed store (as of day 40)', () => {
  const insights = storeInsights(handStore(), {}, HAND_AS_OF);

  it('computes the KPIs', () => {
    expect(insights.kpis).toMatchObject({
      customers: 6,
      purchases: 11,
      revenue: 650,
      repeatCustomers: 4,
      medianDaysFirstToSecond: 10,
      medianDaysSecondToThird: 25,
      valuePerCustomer365: null,
      customersWithFullYear: 0,
    });
    expect(insights.kpis.averageOrderValue).toBe(59.09); // 650 ÷ 11, to the cent
    expect(insights.kpis.purchaseFrequency).toBeCloseTo(11 / 6, 12);
    expect(insights.kpis.repeatPurchaseRate).toBeCloseTo(4 / 6, 12);
  });

  it('gives the censoring-aware share with a second purchase by day N', () => {
    // Same curve as the "2nd purchase" milestone: 1/6 on day 0, 1/3 on day 5, 5/9 on day 10, 7/9 on day 31.
    expect(insights.secondPurchaseByDay[7]).toBeCloseTo(1 / 3, 12);
    expect(insights.secondPurchaseByDay[14]).toBeCloseTo(5 / 9, 12);
    expect(insights.secondPurchaseByDay[30]).toBeCloseTo(5 / 9, 12);
    expect(insights.secondPurchaseByDay[60]).toBeNull(); // nobody watched 60 days yet
    expect(insights.secondPurchaseByDay[90]).toBeNull();
  });

  it('builds the monthly cohort table', () => {
    // January: c1, c2, c3, c4, c6; in February c1 (day 35) and c6 (day 31 = Feb 1) bought. February: c5.
    expect(insights.cohorts).toEqual([
      { month: '2025-01', customers: 5, active: [5, 2], share: [1, 0.4] },
      { month: '2025-02', customers: 1, active: [1], share: [1] },
    ]);
  });

  it('analyses first products', () => {
    expect(insights.firstProducts).toEqual([
      { product: 'Mug', customers: 4, repeatCustomers: 4, repeatRate: 1, medianDaysToSecond: 5 },
      { product: 'Tea', customers: 2, repeatCustomers: 1, repeatRate: 0.5, medianDaysToSecond: 10 },
      { product: 'Bag', customers: 1, repeatCustomers: 0, repeatRate: 0, medianDaysToSecond: null },
    ]);
  });

  it('sequences orders by purchase number', () => {
    const [first, second, later] = insights.sequence;
    expect(first).toMatchObject({ purchaseNumber: '1', purchases: 6, revenue: 300, averageOrderValue: 50 });
    expect(first.topProducts).toEqual([
      { product: 'Mug', purchases: 4, share: 4 / 6 }, // c6 has two Mug lines: one purchase
      { product: 'Tea', purchases: 2, share: 2 / 6 },
      { product: 'Bag', purchases: 1, share: 1 / 6 },
    ]);
    expect(second).toMatchObject({ purchaseNumber: '2', purchases: 4, revenue: 300, averageOrderValue: 75, topProducts: [] });
    expect(later).toMatchObject({ purchaseNumber: '3+', purchases: 1, revenue: 50 });
    expect(later.topProducts).toEqual([{ product: 'Green tea', purchases: 1, share: 1 }]);
  });

  it('puts every customer in one lifecycle segment with the default thresholds', () => {
    // Gaps 0, 5, 10, 25, 31 → median 10: active within 15 days, lapsed after 30.
    const { segments: rows, discountDriven, segmentThresholds: thresholds } = insights;
    expect(thresholds).toMatchObject({ medianGapDays: 10, activeWithinDays: 15, lapsedAfterDays: 30, newDays: 30 });
    const bySegment = Object.fromEntries(rows.map((r) => [r.segment, [r.customers, r.revenue]]));
    expect(bySegment).toEqual({
      new: [2, 150], // c4 (20 days), c5 (5 days)
      oneTime: [1, 50], // c3
      active: [1, 200], // c6, last purchase 9 days ago
      loyal: [1, 150], // c1, 3 purchases, last 5 days ago
      atRisk: [0, 0],
      lapsed: [1, 100], // c2, last purchase 40 days ago
    });
    expect(rows.reduce((sum, r) => sum + r.customers, 0)).toBe(6);
    expect(rows.find((r) => r.segment === 'active')?.revenueShare).toBeCloseTo(200 / 650, 12);
    expect(discountDriven).toMatchObject({ customers: 1, revenue: 100 }); // c2: 2 of 2 with a code
  });

  it('applies edited thresholds', () => {
    const edited = storeInsights(handStore(), {}, HAND_AS_OF, { newDays: 10, medianGapDays: 5 }).segments;
    // G = 5: active within 7.5 days, lapsed after 15. c4 (20 days, last 15 days ago) → at risk; c6 (9) → at risk.
    const counts = Object.fromEntries(edited.map((r) => [r.segment, r.customers]));
    expect(counts).toEqual({ new: 1, oneTime: 1, active: 0, loyal: 1, atRisk: 2, lapsed: 1 });
  });

  it('lists the customers of a segment', () => {
    const store = prepareStore(handStore());
    const names = (list: { customers: Int32Array }) => Array.from(list.customers, (c) => store.customerIds[c]);
    expect(names(segmentCustomers(store, {}, HAND_AS_OF, 'new'))).toEqual(['c4', 'c5']);
    expect(names(segmentCustomers(store, {}, HAND_AS_OF, 'discountDriven'))).toEqual(['c2']);
  });

  it('counts the value per customer at 365 days only over customers with a full year', () => {
    const store = [
      customer('old', [0, { day: 200, revenue: 100 }, { day: 365, revenue: 30 }, { day: 366, revenue: 1000 }]),
      customer('young', [0, 10], 100),
    ];
    const kpis = storeInsights(store, {}, asOfDay(400)).kpis;
    expect(kpis.customersWithFullYear).toBe(1);
    expect(kpis.valuePerCustomer365).toBe(180); // 50 + 100 + 30; day 366 is after the year
  });
});

describe('store insights on edge cases', () => {
  it('an empty store', () => {
    const insights = storeInsights([], {});
    expect(insights.kpis).toMatchObject({ customers: 0, purchases: 0, revenue: 0, averageOrderValue: null, repeatPurchaseRate: null });
    expect(insights.secondPurchaseByDay[7]).toBeNull();
    expect(insights.cohorts).toEqual([]);
    expect(insights.firstProducts).toEqual([]);
    expect(insights.sequence.map((s) => s.purchases)).toEqual([0, 0, 0]);
    expect(insights.segments.every((r) => r.customers === 0 && r.share === null)).toBe(true);
  });

  it('a filter that matches nobody', () => {
    const insights = storeInsights(handStore(), { source: 'marketplace' }, HAND_AS_OF);
    expect(insights.kpis.customers).toBe(0);
    expect(insights.kpis.medianDaysFirstToSecond).toBeNull();
    expect(insights.cohorts).toEqual([]);
  });

  it('one-purchase customers only', () => {
    const insights = storeInsights([customer('a', [0]), customer('b', [0], 3)], {}, asOfDay(40));
    expect(insights.kpis).toMatchObject({ repeatCustomers: 0, repeatPurchaseRate: 0, medianDaysFirstToSecond: null });
    expect(insights.secondPurchaseByDay[30]).toBe(0);
    expect(insights.segmentThresholds.medianGapDays).toBeNull();
    expect(insights.segments.find((r) => r.segment === 'oneTime')?.customers).toBe(2);
  });
});

describe('money in insights', () => {
  it('is rounded to cents, with no floating-point noise from adding up', () => {
    const cents = [customer('a', [{ day: 0, revenue: 0.1 }, { day: 10, revenue: 0.2 }, { day: 20, revenue: 0.4 }])];
    const insights = storeInsights(cents, {}, asOfDay(40));
    expect(0.1 + 0.2 + 0.4).not.toBe(0.7); // the noise being removed
    expect(insights.kpis.revenue).toBe(0.7);
    expect(insights.kpis.averageOrderValue).toBe(0.23);
    expect(insights.sequence.map((s) => s.revenue)).toEqual([0.1, 0.2, 0.4]);
    expect(insights.segments.reduce((sum, r) => sum + (r.revenue > 0 ? 1 : 0), 0)).toBe(1);
    expect(insights.segments.find((r) => r.revenue > 0)?.revenue).toBe(0.7);
  });
});
