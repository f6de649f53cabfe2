import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compare } from './compare';
import { comparisonCustomers } from './customer-lists';
import { storeInsights } from './insights';
import { prepareStore } from './prepared-store';
import { asOfDay, customer, edge, milestone, touchpoint } from './test-support/timelines';

/** Random small stores: up to 25 customers starting within 120 days, 1–5 purchases each. */
const storeArb = fc.array(
  fc.record({
    start: fc.integer({ min: 0, max: 120 }),
    gaps: fc.array(fc.integer({ min: 0, max: 45 }), { maxLength: 4 }),
    coded: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  }),
  { maxLength: 25 },
);

const toTimelines = (specs: Array<{ start: number; gaps: number[]; coded: boolean[] }>) =>
  specs.map((spec, i) => {
    let day = 0;
    const purchases = [{ day: 0, discount: spec.coded[0] ? 'SAVE' : '', revenue: 40 }];
    spec.gaps.forEach((gap, k) => {
      day += gap;
      purchases.push({ day, discount: spec.coded[k + 1] ? 'SAVE' : '', revenue: 40 + 30 * k });
    });
    return customer(`c${i}`, purchases, spec.start);
  });

const windowArb = fc.oneof(
  fc.constant(null),
  fc.record({ type: fc.constant('byDay' as const), days: fc.integer({ min: 0, max: 90 }) }),
  fc.record({ type: fc.constant('afterPrevious' as const), days: fc.integer({ min: 0, max: 90 }) }),
);

describe('properties', () => {
  it('on time + late + not reached = eligible; lists match the counts', () => {
    fc.assert(
      fc.property(storeArb, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 4 }), windowArb, windowArb, (specs, asOf, n, w1, w2) => {
        const store = prepareStore(toTimelines(specs));
        const doc = {
          nodes: [
            milestone('m1', { type: 'nthPurchase', n }, w1),
            touchpoint('t', 14),
            milestone('m2', { type: 'anyPurchaseAfterPrevious' }, w2),
            milestone('m3', { type: 'discount', code: '' }, w1),
          ],
          edges: [edge('a', 'm1', 't'), edge('b', 't', 'm2'), edge('c', 'm2', 'm3'), edge('loop', 'm3', 'm1')],
        };
        const at = asOfDay(asOf);
        const result = compare(doc, store, {}, at);
        for (const [id, node] of Object.entries(result.nodes)) {
          expect(node.onTime + node.late + node.notReached).toBe(node.eligible);
          expect(node.eligible + node.censored).toBe(node.population);
          expect(node.population).toBeLessThanOrEqual(result.customers);
          for (const list of ['onTime', 'late', 'notReached', 'censored', 'reached'] as const) {
            const size = comparisonCustomers(doc, store, {}, at, { kind: 'milestone', nodeId: id, list }).customers.length;
            expect(size).toBe(node[list]);
          }
          // With a window and nobody censored, the estimate on the window's last day is the plain on-time share.
          if (node.windowDays !== null && node.censored === 0 && node.eligible > 0) {
            expect(node.estimatedOnTimeShare).toBeCloseTo(node.onTimeShare as number, 10);
          }
        }
        for (const e of Object.values(result.edges)) {
          expect(e.converted).toBeLessThanOrEqual(e.reachedSource);
          if (e.conversion !== null) expect(e.conversion).toBeGreaterThanOrEqual((e.plainConversion as number) - 1e-12);
        }
        const t = result.touchpoints.t;
        expect(t.bought).toBeLessThanOrEqual(t.audience);
        expect(t.covered).toBeLessThanOrEqual(t.audience);
      }),
      { numRuns: 150 },
    );
  });

  it('cohort cells never exceed the cohort size, and column 0 is the cohort', () => {
    fc.assert(
      fc.property(storeArb, fc.integer({ min: 0, max: 250 }), (specs, asOf) => {
        const insights = storeInsights(toTimelines(specs), {}, asOfDay(asOf));
        let total = 0;
        for (const row of insights.cohorts) {
          total += row.customers;
          expect(row.active[0]).toBe(row.customers);
          for (const cell of row.active) expect(cell).toBeLessThanOrEqual(row.customers);
          for (const share of row.share) expect(share).toBeLessThanOrEqual(1);
        }
        expect(total).toBe(insights.kpis.customers);
        expect(insights.segments.reduce((sum, r) => sum + r.customers, 0)).toBe(insights.kpis.customers);
      }),
      { numRuns: 150 },
    );
  });

  it('with nothing censored, the second-purchase share by day N equals the plain share', () => {
    fc.assert(
      fc.property(storeArb, fc.constantFrom(7, 14, 30, 60, 90), (specs, n) => {
        // as of day 400: every customer (started by day 120) has been watched more than 90 days.
        const timelines = toTimelines(specs);
        fc.pre(timelines.length > 0);
        const insights = storeInsights(timelines, {}, asOfDay(400));
        const plain = timelines.filter((t) => t.purchases.length > 1 && t.purchases[1].dayOffset <= n).length / timelines.length;
        expect(insights.secondPurchaseByDay[n as 7]).toBeCloseTo(plain, 10);
      }),
      { numRuns: 100 },
    );
  });
});
