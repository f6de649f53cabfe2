import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JourneyEdge, JourneyNode, MilestoneCondition, MilestoneWindow } from '../journey/schema';
import { compare } from './compare';
import { comparisonCustomers } from './customer-lists';
import { dayHistogram, dayHistogramOfCounts } from './histogram';
import { milestoneGraph } from './milestone-graph';
import { evaluateMilestones } from './milestone-match';
import { observe } from './observation';
import { selectCustomers } from './filters';
import { prepareStore } from './prepared-store';
import { kaplanMeier, SurvivalTally } from './survival';
import { referenceComparison } from './test-support/reference-comparison';
import { asOfDay, customer, edge, milestone, touchpoint } from './test-support/timelines';

const PRODUCTS = ['Mug', 'Green tea', 'Tea kettle', 'Bag'];
const CATEGORIES = ['Tea', 'Kitchen', ''];
const CODES = ['', '', 'SAVE', 'vip'];

/** Random stores: up to 30 customers, 1–6 purchases each, with products, categories, codes and amounts. */
const storeArb = fc.array(
  fc.record({
    start: fc.integer({ min: 0, max: 150 }),
    purchases: fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 60 }),
        revenue: fc.integer({ min: 5, max: 300 }),
        code: fc.constantFrom(...CODES),
        lines: fc.array(fc.record({ product: fc.constantFrom(...PRODUCTS), category: fc.constantFrom(...CATEGORIES) }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  }),
  { maxLength: 30 },
);

const conditionArb: fc.Arbitrary<MilestoneCondition> = fc.oneof(
  fc.record({ type: fc.constant('nthPurchase' as const), n: fc.integer({ min: 1, max: 5 }) }),
  fc.constant({ type: 'anyPurchaseAfterPrevious' as const }),
  fc.record({ type: fc.constant('amountOver' as const), amount: fc.integer({ min: 0, max: 250 }) }),
  fc.record({ type: fc.constant('discount' as const), code: fc.constantFrom('', 'save', 'VIP', 'unknown') }),
  fc.record({
    type: fc.constant('product' as const),
    field: fc.constantFrom('product' as const, 'category' as const, 'sku' as const),
    match: fc.constantFrom('contains' as const, 'equals' as const),
    value: fc.constantFrom('tea', 'Mug', 'kitchen', 'nothing'),
  }),
);

const windowArb: fc.Arbitrary<MilestoneWindow | null> = fc.oneof(
  fc.constant(null),
  fc.record({ type: fc.constant('byDay' as const), days: fc.integer({ min: 0, max: 90 }) }),
  fc.record({ type: fc.constant('afterPrevious' as const), days: fc.integer({ min: 0, max: 90 }) }),
);

/** Random maps: 1–6 milestones, two dated touchpoints, and random edges (loops and edges through touchpoints included). */
const mapArb = fc
  .record({
    milestones: fc.array(fc.record({ condition: conditionArb, window: windowArb }), { minLength: 1, maxLength: 6 }),
    touchpointDays: fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined })), { maxLength: 10 }),
  })
  .map(({ milestones, touchpointDays, links }) => {
    const nodes: JourneyNode[] = milestones.map((m, k) => milestone(`m${k}`, m.condition, m.window, 0.5));
    nodes.push(touchpoint('t0', touchpointDays[0]), touchpoint('t1', touchpointDays[1]), touchpoint('untimed'));
    const edges: JourneyEdge[] = links.map(([a, b, expected], k) =>
      edge(`e${k}`, nodes[a % nodes.length].id, nodes[b % nodes.length].id, expected),
    );
    return { nodes, edges };
  });

const filtersArb = fc.oneof(
  fc.constant({}),
  fc.constant({ firstDiscount: { used: true as const } }),
  fc.constant({ firstProduct: 'Mug' }),
  fc.record({ from: fc.integer({ min: 0, max: 150 }).map(asOfDay) }),
);

type StoreSpec = typeof storeArb extends fc.Arbitrary<infer T> ? T : never;

const toTimelines = (specs: StoreSpec) =>
  specs.map((spec, i) => {
    let day = 0;
    return customer(
      `c${i}`,
      spec.purchases.map((p, k) => {
        if (k > 0) day += p.gap;
        return {
          day,
          revenue: p.revenue,
          discount: p.code,
          products: p.lines.map((l) => l.product),
          skus: p.lines.map((l) => `sku-${l.product.toLowerCase()}`),
          categories: p.lines.map((l) => l.category),
        };
      }),
      spec.start,
    );
  });

describe('the single-pass comparison', () => {
  it('gives exactly the figures of the milestone-by-milestone computation', () => {
    fc.assert(
      fc.property(storeArb, mapArb, filtersArb, fc.integer({ min: 0, max: 400 }), (specs, doc, filters, asOf) => {
        const store = prepareStore(toTimelines(specs));
        expect(compare(doc, store, filters, asOfDay(asOf))).toEqual(referenceComparison(doc, store, filters, asOfDay(asOf)));
      }),
      { numRuns: 300 },
    );
  });

  it('lists as many customers behind each edge and touchpoint as its figure says', () => {
    fc.assert(
      fc.property(storeArb, mapArb, fc.integer({ min: 0, max: 400 }), (specs, doc, asOf) => {
        const store = prepareStore(toTimelines(specs));
        const at = asOfDay(asOf);
        const result = compare(doc, store, {}, at);
        for (const [edgeId, figures] of Object.entries(result.edges)) {
          const count = (list: 'reachedSource' | 'converted' | 'notConverted') =>
            comparisonCustomers(doc, store, {}, at, { kind: 'edge', edgeId, list }).customers.length;
          expect(count('reachedSource')).toBe(figures.reachedSource);
          expect(count('converted')).toBe(figures.converted);
          expect(count('notConverted')).toBe(figures.reachedSource - figures.converted);
        }
        for (const [nodeId, figures] of Object.entries(result.touchpoints)) {
          expect(comparisonCustomers(doc, store, {}, at, { kind: 'touchpoint', nodeId, list: 'audience' }).customers.length).toBe(figures.audience);
          expect(comparisonCustomers(doc, store, {}, at, { kind: 'touchpoint', nodeId, list: 'bought' }).customers.length).toBe(figures.bought);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('evaluateMilestones', () => {
  it('keeps only the milestones asked for, with the same results as keeping all', () => {
    fc.assert(
      fc.property(storeArb, mapArb, fc.integer({ min: 0, max: 400 }), fc.nat(), (specs, doc, asOf, pick) => {
        const store = prepareStore(toTimelines(specs));
        const observation = observe(store, asOfDay(asOf));
        const selection = selectCustomers(store, observation, {});
        const graph = milestoneGraph(doc);
        const all = evaluateMilestones(store, observation, selection, graph);
        const wanted = graph.order[pick % graph.order.length].id;
        const some = evaluateMilestones(store, observation, selection, graph, [wanted, 'not-a-milestone']);
        expect([...some.keys()]).toEqual([wanted]);
        expect(some.get(wanted)).toEqual(all.get(wanted));
      }),
      { numRuns: 100 },
    );
  });
});

describe('histograms and tallies from counts per day', () => {
  it('bins counts per day exactly as it bins the list of days', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 800 }), { maxLength: 80 }), fc.integer({ min: 0, max: 20 }), (days, padding) => {
        const maxDay = days.reduce((m, d) => Math.max(m, d), -1);
        const perDay = new Int32Array(maxDay + 1 + padding);
        for (const d of days) perDay[d]++;
        expect(dayHistogramOfCounts(perDay)).toEqual(dayHistogram(days));
      }),
    );
  });

  it('bins by weeks once days would need more than 40 bins', () => {
    const perDay = new Int32Array(100);
    perDay[0] = 2;
    perDay[6] = 1;
    perDay[7] = 3;
    perDay[60] = 1;
    expect(dayHistogramOfCounts(perDay)).toEqual({ binDays: 7, counts: [3, 3, 0, 0, 0, 0, 0, 0, 1] });
    expect(dayHistogramOfCounts(new Int32Array(5))).toEqual({ binDays: 1, counts: [] });
  });

  it('builds the same curve from counts as from events and censorings one by one', () => {
    const oneByOne = new SurvivalTally(10);
    oneByOne.event(1, 30);
    oneByOne.event(3);
    oneByOne.event(3);
    oneByOne.censor(2);
    oneByOne.censor(5);
    const events = new Int32Array(31);
    const censored = new Int32Array(31);
    events[1] = 1;
    events[3] = 2;
    censored[2] = 1;
    censored[5] = 1;
    const fromCounts = SurvivalTally.fromCounts(events, censored, 30);
    expect(fromCounts.total).toBe(5);
    expect(kaplanMeier(fromCounts)).toEqual(kaplanMeier(oneByOne));
  });
});
