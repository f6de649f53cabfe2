import { createNode } from '../../journey/defaults';
import type { JourneyEdge, JourneyNode, MilestoneCondition, MilestoneWindow } from '../../journey/schema';
import { DAY_MS } from '../dates';
import type { CustomerTimeline, TimelinePurchase } from '../timeline';

/** Day 0 of every test store: 2025-01-01 12:00 UTC (noon keeps day arithmetic obvious). */
export const T0 = Date.UTC(2025, 0, 1, 12);

export interface PurchaseSpec {
  /** Days after the customer's first purchase. */
  day: number;
  revenue?: number;
  products?: string[];
  skus?: string[];
  categories?: string[];
  discount?: string;
  source?: string;
  country?: string;
}

/**
 * A customer whose first purchase is `startDay` days after T0. Purchases on the same day
 * are one minute apart, in the order given. Defaults: revenue 50, no products, no code.
 */
export function customer(id: string, purchases: Array<number | PurchaseSpec>, startDay = 0): CustomerTimeline {
  const specs = purchases.map((p) => (typeof p === 'number' ? { day: p } : p));
  const out: TimelinePurchase[] = specs.map((spec, index) => {
    const lines = (spec.products ?? []).map((productName, k) => ({
      productName,
      sku: spec.skus?.[k] ?? '',
      category: spec.categories?.[k] ?? '',
      quantity: 1,
      lineTotal: (spec.revenue ?? 50) / Math.max(1, spec.products?.length ?? 1),
    }));
    return {
      orderId: `${id}-${index + 1}`,
      at: T0 + (startDay + spec.day) * DAY_MS + index * 60_000,
      sequence: index + 1,
      dayOffset: spec.day,
      gapDays: index === 0 ? null : spec.day - specs[index - 1].day,
      netRevenue: spec.revenue ?? 50,
      discountCode: spec.discount ?? '',
      source: spec.source ?? 'web',
      country: spec.country ?? 'US',
      lines,
    };
  });
  return { customerId: id, purchases: out };
}

/** The as-of moment `day` days after T0 (six hours into that day). */
export function asOfDay(day: number): number {
  return T0 + day * DAY_MS + 6 * 3_600_000;
}

export function milestone(
  id: string,
  condition: MilestoneCondition,
  window: MilestoneWindow | null = null,
  targetShare: number | null = null,
): JourneyNode {
  return createNode('milestone', id, { x: 0, y: 0 }, { title: id, condition, window, targetShare });
}

export function touchpoint(id: string, dayAfterFirstOrder: number | null = null): JourneyNode {
  return createNode('touchpoint', id, { x: 0, y: 0 }, { title: id, dayAfterFirstOrder });
}

export function note(id: string): JourneyNode {
  return createNode('note', id, { x: 0, y: 0 }, { text: id });
}

export function edge(id: string, source: string, target: string, expectedDays?: number): JourneyEdge {
  return { id, source, target, data: expectedDays === undefined ? {} : { expectedDays } };
}

/**
 * The hand-computed store used across the tests (asOf = day 40 = 2025-02-10):
 *   c1  day 0 (Mug, Tea), 10, 35 (Green tea, Tea cat.)      observed 40
 *   c2  day 0 WELCOME, day 0 again (code X)  — same-day orders observed 40
 *   c3  day 0 only (Tea), first order from pos             observed 40
 *   c4  starts day 20: 0 (Mug), 5                          observed 20
 *   c5  starts day 35: 0 (Bag)                             observed 5
 *   c6  day 0 (Mug, Mug), 31 for 150                        observed 40
 */
export function handStore(): CustomerTimeline[] {
  return [
    customer('c1', [{ day: 0, products: ['Mug', 'Tea'] }, 10, { day: 35, products: ['Green tea'], categories: ['Tea'] }]),
    customer('c2', [
      { day: 0, products: ['Mug'], discount: 'WELCOME', country: 'DE' },
      { day: 0, discount: 'X' },
    ]),
    customer('c3', [{ day: 0, products: ['Tea'], source: 'pos' }]),
    customer('c4', [{ day: 0, products: ['Mug'] }, 5], 20),
    customer('c5', [{ day: 0, products: ['Bag'] }], 35),
    customer('c6', [{ day: 0, products: ['Mug', 'Mug'] }, { day: 31, revenue: 150 }]),
  ];
}
export const HAND_AS_OF = asOfDay(40);
