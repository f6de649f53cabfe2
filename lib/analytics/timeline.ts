/**
 * The customer timeline: what the comparison and the store insights read. It is derived
 * from the order history after each import (see lib/orders) and holds purchases only —
 * cancelled, voided and fully refunded orders, returns and anonymous orders are not in it.
 */

export interface TimelineLine {
  productName: string;
  sku: string;
  category: string;
  quantity: number;
  /** Net money of this line in the order's currency (after line discounts). */
  lineTotal: number;
}

export interface TimelinePurchase {
  orderId: string;
  /** When the order was placed, epoch milliseconds (UTC). */
  at: number;
  /** 1 for the first purchase, 2 for the second, … */
  sequence: number;
  /** Whole days since the customer's first purchase (0 for the first purchase). */
  dayOffset: number;
  /** Whole days since the previous purchase (null for the first). */
  gapDays: number | null;
  /** Order total less refunds, in the order's currency. */
  netRevenue: number;
  /** Empty when no discount code was used. */
  discountCode: string;
  /** Sales channel, e.g. web, pos; empty when unknown. */
  source: string;
  /** Country code or name of the order; empty when unknown. */
  country: string;
  lines: TimelineLine[];
}

export interface CustomerTimeline {
  customerId: string;
  /** Purchases in the order they were placed; never empty. */
  purchases: TimelinePurchase[];
}
