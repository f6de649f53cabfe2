import { describe, expect, it, vi } from 'vitest';

// Generous: these tests import real files and share a 2-core machine with builds.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });
import { previewCsv } from '../preview';
import { readOrdersInMemory } from '../read-in-memory';
import { deriveTimelines } from '../timeline';
import { generateDemoStore, DEMO_END, DEMO_START } from './generator';
import { shopifyTimestamp, writeDemoShopifyCsv } from './shopify-writer';

function csvOf(customers: number, seed?: number): string {
  let text = '';
  writeDemoShopifyCsv(generateDemoStore({ customers, seed }), (chunk) => (text += chunk));
  return text;
}

describe('demo store generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(csvOf(300)).toBe(csvOf(300));
    expect(csvOf(300, 7)).not.toBe(csvOf(300));
  });

  it('writes Shopify timestamps with the New York offset', () => {
    expect(shopifyTimestamp(Date.UTC(2025, 0, 5, 15, 0, 1))).toBe('2025-01-05 10:00:01 -0500');
    expect(shopifyTimestamp(Date.UTC(2025, 6, 5, 15, 0, 1))).toBe('2025-07-05 11:00:01 -0400');
  });

  it('has the shape of a real store: most buy once, second orders within weeks, a loyal few', async () => {
    const text = csvOf(5000);
    const bytes = new TextEncoder().encode(text);
    expect(previewCsv(bytes, 'demo.csv').format).toBe('shopify');
    const { orders, rejected } = await readOrdersInMemory(bytes);
    expect(rejected).toEqual([]);
    const timelines = deriveTimelines(orders.map((o) => ({ ...o, at: o.createdAt })));
    const customers = timelines.length;
    expect(customers).toBeGreaterThan(4500);
    expect(customers).toBeLessThanOrEqual(5000);
    const repeaters = timelines.filter((t) => t.purchases.length >= 2);
    const share = repeaters.length / customers;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.45);
    const secondGaps = repeaters.map((t) => t.purchases[1].gapDays!).sort((a, b) => a - b);
    expect(secondGaps[Math.floor(secondGaps.length / 2)]).toBeLessThan(30); // median second order within weeks
    const loyal = timelines.filter((t) => t.purchases.length >= 5).length / customers;
    expect(loyal).toBeGreaterThan(0.01);
    expect(loyal).toBeLessThan(0.1);
    // Non-purchases and anonymous sales are present but rare.
    const excluded = orders.filter((o) => !o.isPurchase);
    expect(excluded.length / orders.length).toBeGreaterThan(0.02);
    expect(excluded.length / orders.length).toBeLessThan(0.1);
    expect(new Set(excluded.map((o) => o.exclusion))).toEqual(new Set(['cancelled', 'refunded']));
    expect(orders.some((o) => o.refunded > 0 && o.isPurchase)).toBe(true);
    expect(orders.filter((o) => o.customerKey === null).length / orders.length).toBeGreaterThan(0.01);
    // Within 18 months, with categories, sources and discount codes.
    expect(Math.min(...orders.map((o) => o.createdAt))).toBeGreaterThanOrEqual(DEMO_START);
    expect(Math.max(...orders.map((o) => o.createdAt))).toBeLessThan(DEMO_END);
    expect(new Set(orders.flatMap((o) => o.lines.map((l) => l.category))).size).toBeGreaterThanOrEqual(8);
    expect(new Set(orders.map((o) => o.source))).toEqual(new Set(['web', 'pos', '580111', '2329312', 'shopify_draft_order']));
    expect(new Set(orders.map((o) => o.discountCode)).size).toBeGreaterThanOrEqual(5);
  }, 120_000);

  it('stops at an order boundary under maxLines', () => {
    const store = generateDemoStore({ customers: 2000, maxLines: 1000 });
    const lines = store.orders.reduce((n, o) => n + o.lines.length, 0);
    expect(lines).toBeLessThanOrEqual(1000);
    expect(lines).toBeGreaterThan(994);
  });
});
