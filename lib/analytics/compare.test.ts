import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { comparisonCustomers, customerPage } from './customer-lists';
import { prepareStore } from './prepared-store';
import { asOfDay, customer, edge, HAND_AS_OF, handStore, milestone, touchpoint } from './test-support/timelines';
import type { ComparisonDocument } from './compare';

// See handStore() for the six customers; every figure below is worked out by hand.
const doc: ComparisonDocument = {
  nodes: [
    milestone('second', { type: 'nthPurchase', n: 2 }, { type: 'byDay', days: 30 }, 0.5),
    touchpoint('day7', 7),
    milestone('third', { type: 'anyPurchaseAfterPrevious' }, { type: 'afterPrevious', days: 30 }),
    milestone('tea', { type: 'product', field: 'product', match: 'contains', value: 'TEA' }),
    milestone('welcome', { type: 'discount', code: 'welcome' }, { type: 'byDay', days: 0 }),
    milestone('big', { type: 'amountOver', amount: 100 }, { type: 'byDay', days: 30 }),
    touchpoint('untimed'),
  ],
  edges: [edge('e1', 'second', 'day7'), edge('e2', 'day7', 'third', 30)],
};

describe('compare on the hand-computed store (as of day 40)', () => {
  const result = compare(doc, handStore(), {}, HAND_AS_OF);

  it('counts customers and states the as-of date', () => {
    expect(result.customers).toBe(6);
    expect(result.asOf).toBe('2025-02-10T18:00:00.000Z');
    expect(Object.keys(result.nodes).sort()).toEqual(['big', 'second', 'tea', 'third', 'welcome']);
  });

  it('2nd purchase by day 30: recent customers are not yet measurable, never a miss', () => {
    const second = result.nodes.second;
    // Watched ≥ 30 days: c1, c2, c3, c6. c4 (20 days, already bought again) and c5 (5 days) are censored.
    expect(second).toMatchObject({ population: 6, eligible: 4, onTime: 2, late: 1, notReached: 1, censored: 2, reached: 4 });
    expect(second.onTimeShare).toBe(0.5);
    expect(second.target).toEqual({ share: 0.5, actual: 0.5, gap: 0, met: true });
    expect(second.clock).toBe('firstPurchase');
    // Kaplan–Meier: day 0 (c2) 1/6; day 5 (c4, c5 censored that day still watched) → S = 5/6·4/5;
    // day 10 (c1, 3 watched) → S = 4/9; day 31 (c6, 2 watched) → S = 2/9.
    expect(second.curve.days).toEqual([0, 5, 10, 31]);
    expect(second.curve.atRisk).toEqual([6, 5, 3, 2]);
    expect(second.curve.share.map((s) => Number(s.toFixed(10)))).toEqual([1 / 6, 1 / 3, 5 / 9, 7 / 9].map((s) => Number(s.toFixed(10))));
    expect(second.estimatedOnTimeShare).toBeCloseTo(5 / 9, 12);
    expect(second.medianDay).toBe(10); // half of 7/9 is reached on day 10
    expect(second.medianDayOfAll).toBe(10);
    expect(second.histogram.binDays).toBe(1);
    expect(second.histogram.counts).toHaveLength(32);
    expect([0, 5, 10, 31].map((d) => second.histogram.counts[d])).toEqual([1, 1, 1, 1]);
  });

  it('"any purchase after the previous milestone, within 30 days of it" counts days from that milestone', () => {
    const third = result.nodes.third;
    // Taking part (reached "second"): c1 (day 10), c2 (day 0), c4 (day 5), c6 (day 31).
    // c1 buys again 25 days later → on time; c2 watched 40 days since → not reached;
    // c4 watched 15 days since, c6 9 days since → censored.
    expect(third.previous).toEqual(['second']);
    expect(third.clock).toBe('previousMilestone');
    expect(third).toMatchObject({ population: 4, eligible: 2, onTime: 1, late: 0, notReached: 1, censored: 2, reached: 1 });
    expect(third.curve.days).toEqual([25]);
    expect(third.curve.share[0]).toBeCloseTo(0.5, 12); // c6 (9) and c4 (15) censored first: 1 of 2 watched
    expect(third.medianDay).toBe(25);
  });

  it('matches products case-insensitively by "contains", with no window meaning no deadline', () => {
    // "Tea" (c1, c3 on day 0) and "Green tea" (c1 later: the first match counts).
    expect(result.nodes.tea).toMatchObject({ eligible: 6, onTime: 2, late: 0, notReached: 4, censored: 0, windowDays: null });
    expect(result.nodes.tea.medianDay).toBe(0);
    expect(result.nodes.tea.estimatedOnTimeShare).toBeNull();
  });

  it('matches a given discount code case-insensitively', () => {
    expect(result.nodes.welcome).toMatchObject({ eligible: 6, onTime: 1, late: 0, notReached: 5, censored: 0 });
  });

  it('counts a purchase over an amount reached after the window as late', () => {
    expect(result.nodes.big).toMatchObject({ eligible: 4, onTime: 0, late: 1, notReached: 3, censored: 2 });
    expect(result.nodes.big.target).toBeNull();
  });

  it('gives edge conversion from the source milestone, Kaplan–Meier over days between', () => {
    // Reached "second": c1 (converts 25 days later), c2 (watched 40 more days), c4 (15), c6 (9).
    for (const id of ['e1', 'e2']) {
      expect(result.edges[id]).toMatchObject({ from: 'second', to: 'third', reachedSource: 4, converted: 1, medianDays: 25 });
      expect(result.edges[id].plainConversion).toBe(0.25);
      expect(result.edges[id].conversion).toBeCloseTo(0.5, 12);
      expect(result.edges[id].dropOff).toBeCloseTo(0.5, 12);
    }
    expect(result.edges.e1.expectedDays).toBeNull();
    expect(result.edges.e2.expectedDays).toBe(30);
    expect(result.edges.e2.conversionByExpectedDays).toBeCloseTo(0.5, 12);
  });

  it('gives a dated touchpoint its audience and who bought in the next 7 days', () => {
    // Day 7: c1 (2nd on day 10), c3 (none), c6 (2nd on day 31); c2 and c4 bought again before
    // day 7, c5 is not 7 days in yet. c1 bought on days 7–13.
    expect(result.touchpoints.day7).toEqual({ day: 7, audience: 3, bought: 1, covered: 3, share: 1 / 3 });
    expect(result.touchpoints.untimed).toBeUndefined();
  });

  it('lists the customers behind each number, the same count as the number', () => {
    const ids = (list: Parameters<typeof comparisonCustomers>[4]) =>
      Array.from(comparisonCustomers(doc, handStore(), {}, HAND_AS_OF, list).customers, (c) => handPrepared.customerIds[c]);
    const handPrepared = prepareStore(handStore());
    expect(ids({ kind: 'milestone', nodeId: 'second', list: 'onTime' })).toEqual(['c1', 'c2']);
    expect(ids({ kind: 'milestone', nodeId: 'second', list: 'late' })).toEqual(['c6']);
    expect(ids({ kind: 'milestone', nodeId: 'second', list: 'notReached' })).toEqual(['c3']);
    expect(ids({ kind: 'milestone', nodeId: 'second', list: 'censored' })).toEqual(['c4', 'c5']);
    expect(ids({ kind: 'milestone', nodeId: 'second', list: 'eligible' })).toEqual(['c1', 'c2', 'c3', 'c6']);
    expect(ids({ kind: 'milestone', nodeId: 'second', list: 'reached' })).toEqual(['c1', 'c2', 'c6', 'c4']);
    expect(ids({ kind: 'edge', edgeId: 'e1', list: 'converted' })).toEqual(['c1']);
    expect(ids({ kind: 'edge', edgeId: 'e1', list: 'notConverted' })).toEqual(['c2', 'c6', 'c4']);
    expect(ids({ kind: 'touchpoint', nodeId: 'day7', list: 'audience' })).toEqual(['c1', 'c3', 'c6']);
    expect(ids({ kind: 'touchpoint', nodeId: 'day7', list: 'bought' })).toEqual(['c1']);
    expect(ids({ kind: 'milestone', nodeId: 'nope', list: 'onTime' })).toEqual([]);
  });

  it('pages a customer list with what the table shows', () => {
    const list = comparisonCustomers(doc, handStore(), {}, HAND_AS_OF, { kind: 'milestone', nodeId: 'second', list: 'reached' });
    const page = customerPage(list, 1, 2);
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.customerId)).toEqual(['c2', 'c6']);
    expect(page.rows[1]).toEqual({
      customerId: 'c6',
      firstPurchaseAt: '2025-01-01T12:00:00.000Z',
      lastPurchaseAt: '2025-02-01T12:01:00.000Z',
      purchases: 2,
      revenue: 200,
    });
    expect(customerPage(list, 10, 5).rows).toEqual([]);
  });
});

describe('compare with filters and an earlier as-of date', () => {
  it('a filter that matches nobody gives zeros, never a division by zero', () => {
    const result = compare(doc, handStore(), { country: 'ZZ' }, HAND_AS_OF);
    expect(result.customers).toBe(0);
    expect(result.nodes.second).toMatchObject({ eligible: 0, onTime: 0, late: 0, notReached: 0, censored: 0, onTimeShare: null, medianDay: null });
    expect(result.nodes.second.target).toEqual({ share: 0.5, actual: null, gap: null, met: null });
    expect(result.nodes.second.curve.days).toEqual([]);
    expect(result.edges.e1).toMatchObject({ reachedSource: 0, conversion: null, dropOff: null, medianDays: null });
    expect(result.touchpoints.day7).toEqual({ day: 7, audience: 0, bought: 0, covered: 0, share: null });
  });

  it('filters on the first purchase: source, country, product, discount, cohort dates', () => {
    const store = prepareStore(handStore());
    const customersOf = (filters: Parameters<typeof compare>[2]) => compare(doc, store, filters, HAND_AS_OF).customers;
    expect(customersOf({ source: 'POS' })).toBe(1);
    expect(customersOf({ country: 'de' })).toBe(1);
    expect(customersOf({ firstProduct: 'mug' })).toBe(4); // c1, c2, c4, c6
    expect(customersOf({ firstProduct: 'Green tea' })).toBe(0); // only in c1's third purchase
    expect(customersOf({ firstDiscount: { used: true } })).toBe(1);
    expect(customersOf({ firstDiscount: { used: true, code: 'Welcome' } })).toBe(1);
    expect(customersOf({ firstDiscount: { used: true, code: 'X' } })).toBe(0); // X was c2's second order
    expect(customersOf({ firstDiscount: { used: false } })).toBe(5);
    expect(customersOf({ from: asOfDay(1), to: asOfDay(40) })).toBe(2); // c4 (day 20), c5 (day 35)
    expect(customersOf({ to: asOfDay(19) })).toBe(4);
  });

  it('ignores what happened after the as-of date', () => {
    const result = compare(doc, handStore(), {}, asOfDay(10));
    // c4 and c5 did not exist yet; c1's 2nd purchase (day 10) is seen, c6's (day 31) is not.
    expect(result.customers).toBe(4);
    expect(result.nodes.second).toMatchObject({ eligible: 0, censored: 4, reached: 2 });
    expect(result.nodes.second.curve.lastDay).toBe(10);
    expect(result.asOf).toBe('2025-01-11T18:00:00.000Z');
  });

  it('matches on SKU or category, "equals" as the whole value (case-insensitive), "contains" as a part', () => {
    const store = [
      customer('a', [0, { day: 5, products: ['Tea tin'], skus: ['TEA-01'], categories: ['Tea'] }]),
      customer('b', [0, { day: 8, products: ['Teapot'], skus: ['TEA-01-XL'], categories: ['Teaware'] }]),
      customer('c', [0, { day: 3, products: ['Mug'], skus: ['MUG-1'], categories: ['Mugs'] }]),
    ];
    const nodes = [
      milestone('skuEquals', { type: 'product', field: 'sku', match: 'equals', value: 'tea-01' }),
      milestone('skuContains', { type: 'product', field: 'sku', match: 'contains', value: 'TEA-01' }),
      milestone('categoryEquals', { type: 'product', field: 'category', match: 'equals', value: 'TEA' }),
      milestone('categoryContains', { type: 'product', field: 'category', match: 'contains', value: 'tea' }),
    ];
    const result = compare({ nodes, edges: [] }, store, {}, asOfDay(40));
    expect(result.nodes.skuEquals).toMatchObject({ eligible: 3, onTime: 1, notReached: 2, medianDay: 5 });
    expect(result.nodes.skuContains).toMatchObject({ eligible: 3, onTime: 2, notReached: 1 });
    expect(result.nodes.categoryEquals).toMatchObject({ eligible: 3, onTime: 1, notReached: 2 });
    expect(result.nodes.categoryContains).toMatchObject({ eligible: 3, onTime: 2, notReached: 1 });
  });

  it('defaults the as-of date to the last purchase, when the store knows of no later order', () => {
    const result = compare(doc, handStore(), {});
    expect(result.asOf).toBe('2025-02-05T12:02:00.000Z'); // c1's third order, day 35 (2 minutes in: the fixture spaces orders a minute apart)
  });

  it('an empty store gives an empty comparison', () => {
    const result = compare(doc, [], {});
    expect(result.customers).toBe(0);
    expect(result.nodes.second.eligible).toBe(0);
    expect(result.nodes.second.histogram).toEqual({ binDays: 1, counts: [] });
  });

  it('the nth purchase counts same-day orders as separate purchases', () => {
    const store = [customer('a', [0, 0, 0]), customer('b', [0])];
    const result = compare(
      { nodes: [milestone('third', { type: 'nthPurchase', n: 3 }, { type: 'byDay', days: 0 })], edges: [] },
      store,
      {},
      asOfDay(0),
    );
    expect(result.nodes.third).toMatchObject({ eligible: 2, onTime: 1, notReached: 1, medianDay: 0 });
  });

  it('with several milestones leading in, the clock starts at the earliest one reached', () => {
    const store = [customer('a', [0, { day: 4, discount: 'X' }, 9, 20]), customer('b', [0, 3])];
    const nodes = [
      milestone('coded', { type: 'discount', code: '' }),
      milestone('big', { type: 'amountOver', amount: 70 }),
      milestone('next', { type: 'anyPurchaseAfterPrevious' }, { type: 'afterPrevious', days: 10 }),
    ];
    const result = compare({ nodes, edges: [edge('x', 'coded', 'next'), edge('y', 'big', 'next')] }, store, {}, asOfDay(30));
    // a reached "coded" on day 4 (not "big"); the next purchase is on day 9: 5 days later.
    // b reached neither, so does not take part.
    expect(result.nodes.next).toMatchObject({ population: 1, eligible: 1, onTime: 1, medianDay: 5 });
  });

  it('a loop on the map does not stop the figures', () => {
    const nodes = [milestone('first', { type: 'nthPurchase', n: 1 }), milestone('again', { type: 'anyPurchaseAfterPrevious' })];
    const result = compare({ nodes, edges: [edge('a', 'first', 'again'), edge('b', 'again', 'first')] }, handStore(), {}, HAND_AS_OF);
    expect(result.nodes.again.previous).toEqual(['first']);
    expect(result.nodes.again.reached).toBe(4);
    expect(result.edges.b).toMatchObject({ from: 'again', to: 'first', reachedSource: 4, converted: 4, conversion: 1, medianDays: 0 });
  });
});
