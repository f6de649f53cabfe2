import { roundMoney } from './amounts';

/**
 * The purchase rules: an order is a purchase unless it is cancelled, voided, fully
 * refunded, or a return (only negative-quantity lines). Partial refunds reduce the
 * order's net revenue. Non-purchases are kept and flagged with the reason.
 */
export type Exclusion = 'cancelled' | 'voided' | 'refunded' | 'return';

export interface OrderFacts {
  /** The order's total as the export states it, or null when it states none. */
  total: number | null;
  /** Sum of the line totals (quantity × unit price less line discounts). */
  lineSum: number;
  positiveLines: number;
  negativeLines: number;
  refunded: number;
  /** Financial status / order status, as written. */
  status: string;
  cancelled: boolean;
}

export interface OrderClassification {
  total: number;
  netRevenue: number;
  isPurchase: boolean;
  exclusion: Exclusion | null;
}

const CANCELLED = new Set(['cancelled', 'canceled', 'cancel']);
const VOIDED = new Set(['voided', 'void']);
const REFUNDED = new Set(['refunded', 'fully_refunded', 'fully refunded', 'returned']);

export function normaliseStatus(status: string): string {
  return status.trim().toLowerCase();
}

export function classifyOrder(facts: OrderFacts): OrderClassification {
  const total = roundMoney(facts.total ?? facts.lineSum);
  const refunded = roundMoney(Math.max(0, facts.refunded));
  const netRevenue = roundMoney(total - refunded);
  const status = normaliseStatus(facts.status);
  let exclusion: Exclusion | null = null;
  if (facts.cancelled || CANCELLED.has(status)) exclusion = 'cancelled';
  else if (VOIDED.has(status)) exclusion = 'voided';
  else if (REFUNDED.has(status) || (refunded > 0 && refunded >= total)) exclusion = 'refunded';
  else if (facts.negativeLines > 0 && facts.positiveLines === 0) exclusion = 'return';
  else if (facts.positiveLines === 0 && facts.negativeLines === 0 && total < 0) exclusion = 'return';
  return { total, netRevenue, isPurchase: exclusion === null, exclusion };
}

/** The customer key: the export's customer id, else the trimmed, lower-cased e-mail. */
export function customerKeyOf(customerId: string, email: string): string | null {
  const id = customerId.trim();
  if (id) return id;
  const mail = email.trim().toLowerCase();
  return mail ? mail : null;
}
