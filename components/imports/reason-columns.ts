import type { ColumnMapping } from '@/lib/orders/mapping';
import { SHOPIFY_COLUMNS } from '@/lib/orders/shopify';

/** Which column(s) of the file a rejection reason is about, so the summary can name them. */
export type ReasonColumns = Record<string, string>;

const quote = (columns: Array<string | undefined>) =>
  columns
    .filter((c): c is string => Boolean(c))
    .map((c) => `“${c}”`)
    .join(' or ');

export function reasonColumns(format: 'shopify' | 'generic', mapping: ColumnMapping | null): ReasonColumns {
  const m: ColumnMapping =
    format === 'shopify'
      ? {
          orderId: SHOPIFY_COLUMNS.orderId,
          createdAt: SHOPIFY_COLUMNS.createdAt,
          total: SHOPIFY_COLUMNS.total,
          unitPrice: SHOPIFY_COLUMNS.unitPrice,
          quantity: SHOPIFY_COLUMNS.quantity,
        }
      : (mapping ?? {});
  const entries: Array<[string, string]> = [
    ['missing order id', quote([m.orderId])],
    ['unparsable date', quote([m.createdAt])],
    ['missing date', quote([m.createdAt])],
    ['unparsable amount', quote([m.total, m.unitPrice])],
    ['unparsable quantity', quote([m.quantity])],
  ];
  return Object.fromEntries(entries.filter(([, columns]) => columns !== ''));
}
