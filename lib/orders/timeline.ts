import type { CustomerTimeline, TimelineLine, TimelinePurchase } from '@/lib/analytics/timeline';

/**
 * The customer timeline derived from orders: per customer, purchases in the order they
 * were placed (ties broken by order id), numbered from 1, with whole days since the
 * first purchase and since the previous one. Non-purchases and anonymous orders are left
 * out. Imports work out the same numbers from columns of numbers (purchase-places.ts);
 * tests hold the two together.
 */
export const DAY_MS = 86_400_000;

export interface TimelineOrder {
  orderId: string;
  customerKey: string | null;
  at: number;
  isPurchase: boolean;
  netRevenue: number;
  discountCode: string;
  source: string;
  country: string;
  lines: TimelineLine[];
}

export function compareOrders(a: { at: number; orderId: string }, b: { at: number; orderId: string }): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0;
}

export function wholeDays(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** Timelines of every customer with at least one purchase, sorted by customer key. */
export function deriveTimelines(orders: Iterable<TimelineOrder>): CustomerTimeline[] {
  const byCustomer = new Map<string, TimelineOrder[]>();
  for (const order of orders) {
    if (!order.isPurchase || order.customerKey === null) continue;
    const list = byCustomer.get(order.customerKey);
    if (list) list.push(order);
    else byCustomer.set(order.customerKey, [order]);
  }
  const keys = [...byCustomer.keys()].sort();
  return keys.map((customerId) => {
    const list = byCustomer.get(customerId)!.sort(compareOrders);
    const first = list[0].at;
    const purchases: TimelinePurchase[] = list.map((order, index) => ({
      orderId: order.orderId,
      at: order.at,
      sequence: index + 1,
      dayOffset: wholeDays(order.at - first),
      gapDays: index === 0 ? null : wholeDays(order.at - list[index - 1].at),
      netRevenue: order.netRevenue,
      discountCode: order.discountCode,
      source: order.source,
      country: order.country,
      lines: order.lines,
    }));
    return { customerId, purchases };
  });
}
