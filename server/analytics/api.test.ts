import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDbHandleForTests } from '@/db/client';
import { createMap, getMap, setMapStore } from '@/db/queries/maps';
import { createStore, deleteStore } from '@/db/queries/stores';
import { openTestDatabase } from '@/db/test-db';
import { compare, parseDateInput } from '@/lib/analytics';
import { customer, edge, handStore, milestone, touchpoint } from '@/lib/analytics/test-support/timelines';
import { emptyDocument } from '@/lib/journey/defaults';
import { HttpError } from '@/server/http';
import { comparisonCustomerPage, comparisonCustomersCsv, linkMapStore, mapComparison } from './comparison';
import { segmentCsv, storeFilterOptions, storeInsightsFor } from './insights';
import { preparedStores } from './prepared-stores';
import { extendHistory } from '@/db/history/extend';
import { seedStore } from './testing/seed-store';
import { parseFilters } from './requests';

// The hand-computed store of lib/analytics (six customers, see handStore()); as of the end
// of 2025-02-10 every customer is watched for the same whole days as in those tests (day 40).
const AS_OF = '2025-02-10';

function journey() {
  const doc = emptyDocument('Hand map');
  doc.nodes = [
    milestone('second', { type: 'nthPurchase', n: 2 }, { type: 'byDay', days: 30 }, 0.5),
    touchpoint('day7', 7),
    milestone('third', { type: 'anyPurchaseAfterPrevious' }, { type: 'afterPrevious', days: 30 }),
  ];
  doc.edges = [edge('e1', 'second', 'day7'), edge('e2', 'day7', 'third', 30)];
  return doc;
}

let t: ReturnType<typeof openTestDatabase>;
let storeId: string;
let mapId: string;

beforeEach(() => {
  t = openTestDatabase();
  setDbHandleForTests(t);
  preparedStores().clear();
  storeId = seedStore(t.db, 'Hand store', handStore());
  mapId = createMap(journey(), t.db);
});
afterEach(() => {
  setDbHandleForTests(undefined);
  t.cleanup();
});

function failure(run: () => unknown): { status: number; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error('expected an HttpError');
}

describe('GET /api/maps/:id/comparison', () => {
  it('compares the map with the store asked for', () => {
    const result = mapComparison(mapId, { storeId, asOf: AS_OF });
    expect(result).toMatchObject({ storeId, storeName: 'Hand store', asOf: '2025-02-10T23:59:59.999Z', customers: 6 });
    expect(result.nodes.second).toMatchObject({ eligible: 4, onTime: 2, late: 1, notReached: 1, censored: 2, medianDay: 10 });
    expect(result.nodes.second.target).toEqual({ share: 0.5, actual: 0.5, gap: 0, met: true });
    expect(result.nodes.second.curve.days).toEqual([0, 5, 10, 31]);
    expect(result.edges.e1).toMatchObject({ from: 'second', to: 'third', reachedSource: 4, converted: 1 });
    expect(result.touchpoints.day7).toMatchObject({ day: 7 });
    // Exactly what lib/analytics computes for the same input.
    const expected = compare(journey(), handStore(), {}, parseDateInput(AS_OF, 'end'));
    expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify({ storeId, storeName: 'Hand store', ...expected })));
  });

  it('uses the linked store when none is asked for', () => {
    setMapStore(mapId, storeId, t.db);
    expect(mapComparison(mapId, { asOf: AS_OF }).customers).toBe(6);
  });

  it('applies the filters to the first purchase', () => {
    const customers = (query: Record<string, string>) => mapComparison(mapId, { storeId, asOf: AS_OF, ...query }).customers;
    expect(customers({ source: 'pos' })).toBe(1);
    expect(customers({ country: ' de ' })).toBe(1);
    expect(customers({ discount: 'any' })).toBe(1);
    expect(customers({ discount: 'none' })).toBe(5);
    expect(customers({ firstProduct: 'mug' })).toBe(4);
    expect(customers({ from: '2025-01-15' })).toBe(2);
    expect(customers({ to: '2025-01-15' })).toBe(4);
    expect(customers({ source: 'marketplace' })).toBe(0);
  });

  it('answers 400 without a store, 404 for an unknown map or store, 400 for a bad filter', () => {
    expect(failure(() => mapComparison(mapId, {}))).toMatchObject({ status: 400, message: expect.stringContaining('storeId') });
    expect(failure(() => mapComparison('nope', { storeId })).status).toBe(404);
    expect(failure(() => mapComparison('00000000-0000-4000-8000-000000000000', { storeId })).status).toBe(404);
    expect(failure(() => mapComparison(mapId, { storeId: '00000000-0000-4000-8000-000000000000' }))).toMatchObject({
      status: 404,
      message: expect.stringContaining('No store'),
    });
    expect(failure(() => mapComparison(mapId, { storeId, from: '2025-13-01' }))).toMatchObject({ status: 400, message: expect.stringContaining('from') });
    expect(failure(() => mapComparison(mapId, { storeId, discount: 'sometimes' })).status).toBe(400);
  });

  it("is as of the store's last order by default, a cancelled one included", () => {
    const cancelledAt = Date.parse('2025-03-01T09:30:00.000Z');
    extendHistory(t.db, storeId, (history) =>
      history
        .prepare("INSERT INTO orders (order_id, created_at, is_purchase, exclusion) VALUES ('late-cancelled', ?, 0, 'cancelled')")
        .run(cancelledAt),
    );
    expect(mapComparison(mapId, { storeId }).asOf).toBe('2025-03-01T09:30:00.000Z');
  });

  it('answers 404 once the linked store is deleted, and the map is unlinked', () => {
    setMapStore(mapId, storeId, t.db);
    deleteStore(storeId, t.db);
    expect(getMap(mapId, t.db)?.storeId).toBeNull();
    expect(failure(() => mapComparison(mapId, { storeId })).status).toBe(404);
  });
});

describe('GET /api/maps/:id/comparison/customers', () => {
  it('pages the customers behind a number, with the same count', () => {
    const page = comparisonCustomerPage(mapId, { storeId, asOf: AS_OF, figure: 'milestone:second:onTime' });
    expect(page).toMatchObject({ figure: 'milestone:second:onTime', total: 2, offset: 0, limit: 50, storeId });
    expect(page.rows.map((r) => r.customerId)).toEqual(['c1', 'c2']);
    expect(page.rows[0]).toEqual({
      customerId: 'c1',
      firstPurchaseAt: '2025-01-01T12:00:00.000Z',
      lastPurchaseAt: '2025-02-05T12:02:00.000Z',
      purchases: 3,
      revenue: 150,
    });
    const second = comparisonCustomerPage(mapId, { storeId, asOf: AS_OF, figure: 'milestone:second:onTime', offset: '1', limit: '1' });
    expect(second).toMatchObject({ total: 2, offset: 1, limit: 1 });
    expect(second.rows.map((r) => r.customerId)).toEqual(['c2']);
  });

  it('lists edges and touchpoints, and the filters apply', () => {
    const eligible = comparisonCustomerPage(mapId, { storeId, asOf: AS_OF, figure: 'milestone:second:eligible' });
    expect(eligible.total).toBe(mapComparison(mapId, { storeId, asOf: AS_OF }).nodes.second.eligible);
    expect(comparisonCustomerPage(mapId, { storeId, asOf: AS_OF, figure: 'edge:e1:converted' }).total).toBe(1);
    const audience = comparisonCustomerPage(mapId, { storeId, asOf: AS_OF, figure: 'touchpoint:day7:audience' });
    expect(audience.total).toBe(mapComparison(mapId, { storeId, asOf: AS_OF }).touchpoints.day7.audience);
    expect(comparisonCustomerPage(mapId, { storeId, asOf: AS_OF, figure: 'milestone:second:onTime', source: 'pos' }).total).toBe(0);
    expect(comparisonCustomerPage(mapId, { storeId, figure: 'milestone:nowhere:onTime' }).total).toBe(0);
  });

  it('refuses a malformed figure or page', () => {
    for (const figure of ['milestone:second', 'milestone:second:soon', 'stage:x:onTime', 'edge:e1:onTime', 'milestone:a b:onTime']) {
      expect(failure(() => comparisonCustomerPage(mapId, { storeId, figure })).status).toBe(400);
    }
    expect(failure(() => comparisonCustomerPage(mapId, { storeId })).status).toBe(400);
    expect(failure(() => comparisonCustomerPage(mapId, { storeId, figure: 'milestone:second:onTime', limit: '5000' })).status).toBe(400);
    expect(failure(() => comparisonCustomerPage(mapId, { storeId, figure: 'milestone:second:onTime', offset: '-1' })).status).toBe(400);
  });

  it('downloads every customer of a figure as CSV', () => {
    const { fileName, text } = comparisonCustomersCsv(mapId, { storeId, asOf: AS_OF, figure: 'milestone:second:eligible' });
    expect(fileName).toBe('Hand-map-milestone-second-eligible.csv');
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows[0]).toEqual(['customer', 'first_purchase_at', 'last_purchase_at', 'purchases', 'revenue']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['c1', 'c2', 'c3', 'c6']);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('neutralises customer ids that a spreadsheet would run as formulas', () => {
    const evil = seedStore(t.db, 'Evil', [customer('=HYPERLINK("http://x","y")', [0, 3]), customer('+1', [0]), customer('-2,ok', [0, 1])]);
    const { text } = comparisonCustomersCsv(mapId, { storeId: evil, figure: 'milestone:second:reached' });
    const rows = Papa.parse<string[]>(text.trim()).data.slice(1);
    expect(rows.map((r) => r[0]).sort()).toEqual(["'-2,ok", '\'=HYPERLINK("http://x","y")']);
    for (const row of rows) expect(row[0]).toMatch(/^'/);
  });
});

describe('PUT /api/maps/:id/store', () => {
  it('links and unlinks a store', () => {
    expect(linkMapStore(mapId, { storeId })).toEqual({ id: mapId, storeId });
    expect(getMap(mapId, t.db)?.storeId).toBe(storeId);
    expect(linkMapStore(mapId, { storeId: null })).toEqual({ id: mapId, storeId: null });
    expect(getMap(mapId, t.db)?.storeId).toBeNull();
  });

  it('answers 404 for an unknown map or store and 400 for a bad body', () => {
    expect(failure(() => linkMapStore('00000000-0000-4000-8000-000000000000', { storeId })).status).toBe(404);
    expect(failure(() => linkMapStore(mapId, { storeId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect(failure(() => linkMapStore(mapId, { storeId: 'not-a-store' })).status).toBe(404);
    expect(failure(() => linkMapStore(mapId, {})).status).toBe(400);
    expect(failure(() => linkMapStore(mapId, { storeId, extra: 1 })).status).toBe(400);
  });
});

describe('GET /api/stores/:id/insights', () => {
  it('answers every insights figure', () => {
    const insights = storeInsightsFor(storeId, { asOf: AS_OF });
    expect(insights.storeId).toBe(storeId);
    expect(insights.kpis).toMatchObject({ customers: 6, purchases: 11, revenue: 650, repeatCustomers: 4 });
    expect(Object.keys(insights.secondPurchaseByDay)).toEqual(['7', '14', '30', '60', '90']);
    expect(insights.cohorts.map((c) => c.month)).toEqual(['2025-01', '2025-02']);
    expect(insights.firstProducts[0]).toMatchObject({ product: 'Mug', customers: 4 });
    expect(insights.sequence.map((s) => s.purchaseNumber)).toEqual(['1', '2', '3+']);
    expect(Object.fromEntries(insights.segments.map((s) => [s.segment, s.customers]))).toEqual({
      new: 2,
      oneTime: 1,
      active: 1,
      loyal: 1,
      atRisk: 0,
      lapsed: 1,
    });
  });

  it('applies filters and edited thresholds', () => {
    expect(storeInsightsFor(storeId, { asOf: AS_OF, country: 'DE' }).kpis.customers).toBe(1);
    const edited = storeInsightsFor(storeId, { asOf: AS_OF, newDays: '10', medianGapDays: '5' });
    expect(Object.fromEntries(edited.segments.map((s) => [s.segment, s.customers]))).toEqual({
      new: 1,
      oneTime: 1,
      active: 0,
      loyal: 1,
      atRisk: 2,
      lapsed: 1,
    });
    expect(edited.segmentThresholds).toMatchObject({ newDays: 10, medianGapDays: 5, activeWithinDays: 7.5, lapsedAfterDays: 15 });
  });

  it('answers 404 for an unknown store and 400 for bad thresholds', () => {
    expect(failure(() => storeInsightsFor('00000000-0000-4000-8000-000000000000', {})).status).toBe(404);
    expect(failure(() => storeInsightsFor('x', {})).status).toBe(404);
    expect(failure(() => storeInsightsFor(storeId, { newDays: 'soon' })).status).toBe(400);
    expect(failure(() => storeInsightsFor(storeId, { discountShare: '2' })).status).toBe(400);
    expect(failure(() => storeInsightsFor(storeId, { activeGapMultiple: '3', lapsedGapMultiple: '2' })).status).toBe(400);
  });

  it('answers an empty store with empty figures', () => {
    const empty = createStore('Empty', t.db);
    expect(storeInsightsFor(empty, {}).kpis.customers).toBe(0);
  });
});

describe('GET /api/stores/:id/segments/:segment.csv', () => {
  it('has one row per customer of the segment', () => {
    const { fileName, text } = segmentCsv(storeId, 'new', { asOf: AS_OF });
    expect(fileName).toBe('Hand-store-New.csv');
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows[0]).toEqual(['segment', 'customer', 'first_purchase_at', 'last_purchase_at', 'purchases', 'revenue']);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['New', 'c4'],
      ['New', 'c5'],
    ]);
    const discount = Papa.parse<string[]>(segmentCsv(storeId, 'discountDriven', { asOf: AS_OF }).text.trim()).data;
    expect(discount.slice(1).map((r) => r[1])).toEqual(['c2']);
    const insights = storeInsightsFor(storeId, { asOf: AS_OF, newDays: '10' });
    for (const row of insights.segments) {
      const csv = Papa.parse<string[]>(segmentCsv(storeId, row.segment, { asOf: AS_OF, newDays: '10' }).text.trim()).data;
      expect(csv.length - 1).toBe(row.customers);
    }
  });

  it('answers 400 for an unknown segment and 404 for an unknown store', () => {
    expect(failure(() => segmentCsv(storeId, 'vip', {})).status).toBe(400);
    expect(failure(() => segmentCsv('00000000-0000-4000-8000-000000000000', 'new', {})).status).toBe(404);
  });
});

describe('GET /api/stores/:id/filter-options', () => {
  it('offers the values of the first purchases with customer counts', () => {
    const options = storeFilterOptions(storeId);
    expect(options).toMatchObject({ customers: 6, firstPurchaseFrom: '2025-01-01', firstPurchaseTo: '2025-02-05' });
    expect(options.sources).toEqual([
      { value: 'web', customers: 5 },
      { value: 'pos', customers: 1 },
    ]);
    expect(options.countries).toEqual([
      { value: 'US', customers: 5 },
      { value: 'DE', customers: 1 },
    ]);
    expect(options.firstProducts).toEqual([
      { value: 'Mug', customers: 4 },
      { value: 'Tea', customers: 2 },
      { value: 'Bag', customers: 1 },
    ]);
    expect(options.discountCodes).toEqual([{ value: 'WELCOME', customers: 1 }]);
  });
});

describe('the comparison overlay of a PDF export', () => {
  it('gives the store, its dates, each milestone and worded KPIs', async () => {
    const { exportComparisonOf } = await import('./export-comparison');
    const overlay = await exportComparisonOf(mapId, storeId);
    expect(overlay).toMatchObject({ storeName: 'Hand store', dataFrom: '2025-01-01', dataTo: '2025-02-05', customers: 6 });
    expect(Object.keys(overlay!.milestones).sort()).toEqual(['second', 'third']);
    expect(overlay!.milestones.second).toEqual({ population: expect.any(Number), reached: 4, onTimeShare: expect.any(Number), medianDay: 10 });
    expect(overlay!.kpis[0]).toEqual({ label: 'Customers', value: '6' });
    expect(overlay!.filters).toEqual([]);
    expect(overlay!.view).toMatchObject({ storeId, storeName: 'Hand store', customers: 6 });
    expect(await exportComparisonOf(mapId, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('counts only the customers that pass the filters in use, and says which', async () => {
    const { exportComparisonOf } = await import('./export-comparison');
    const all = await exportComparisonOf(mapId, storeId);
    const { filters, asOf } = parseFilters({ firstProduct: 'Mug' });
    const mugs = await exportComparisonOf(mapId, storeId, filters, asOf);
    expect(mugs!.customers).toBe(4);
    expect(mugs!.customers).toBeLessThan(all!.customers);
    expect(mugs!.filters).toEqual(['first product Mug']);
    expect(mugs!.kpis[0]).toEqual({ label: 'Customers', value: '4' });
    expect(mugs!.view.customers).toBe(4);
  });
});
