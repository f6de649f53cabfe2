import type { Channel, MilestoneCondition, MilestoneWindow } from '@/lib/journey/schema';

/** Words shown for the enumerations and structured fields of the journey document. */

export const CHANNEL_LABELS: Record<Channel, string> = {
  ad: 'Ad',
  social: 'Social',
  search: 'Search',
  site: 'Website',
  email: 'Email',
  sms: 'SMS',
  packaging: 'Packaging',
  phone: 'Phone',
  store: 'Store',
  marketplace: 'Marketplace',
  referral: 'Referral',
  support: 'Support',
  other: 'Other',
};

export const FEELINGS = [
  { value: -2, label: 'Frustrated', tone: 'text-rose-600', bar: 'bg-rose-500' },
  { value: -1, label: 'Uneasy', tone: 'text-orange-600', bar: 'bg-orange-400' },
  { value: 0, label: 'Neutral', tone: 'text-slate-500', bar: 'bg-slate-400' },
  { value: 1, label: 'Pleased', tone: 'text-emerald-600', bar: 'bg-emerald-400' },
  { value: 2, label: 'Delighted', tone: 'text-emerald-700', bar: 'bg-emerald-600' },
] as const;

export function feelingInfo(value: number) {
  return FEELINGS.find((f) => f.value === value) ?? FEELINGS[2];
}

export function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

export const CONDITION_LABELS: Record<MilestoneCondition['type'], string> = {
  nthPurchase: 'Nth order',
  product: 'Order with a product',
  discount: 'Order with a discount code',
  amountOver: 'Order over an amount',
  anyPurchaseAfterPrevious: 'Any order after the previous milestone',
};

const PRODUCT_FIELD: Record<'product' | 'sku' | 'category', string> = { product: 'product', sku: 'SKU', category: 'category' };

export function describeCondition(condition: MilestoneCondition): string {
  switch (condition.type) {
    case 'nthPurchase':
      return `${ordinal(condition.n)} order`;
    case 'product':
      return `Order with ${PRODUCT_FIELD[condition.field]} ${condition.match === 'equals' ? '=' : 'containing'} “${condition.value}”`;
    case 'discount':
      return condition.code ? `Order with code ${condition.code}` : 'Order with any discount code';
    case 'amountOver':
      return `Order over ${condition.amount.toLocaleString('en-US')}`;
    case 'anyPurchaseAfterPrevious':
      return 'Next order';
  }
}

export function describeWindow(window: MilestoneWindow | null): string | null {
  if (!window) return null;
  const days = `${window.days} day${window.days === 1 ? '' : 's'}`;
  return window.type === 'byDay' ? `by day ${window.days}` : `within ${days} of the previous`;
}

export function describeShare(share: number | null): string | null {
  return share === null ? null : `${Math.round(share * 100)}%`;
}
