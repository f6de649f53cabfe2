/**
 * Shopify's "Export orders" CSV: one row per line item, rows of an order share `Name`,
 * order-level fields may be filled on the order's first row only. Columns are found by
 * header name (older exports have fewer columns, in other places).
 */

/** Columns that identify the export and that the import needs. */
export const SHOPIFY_REQUIRED_COLUMNS = [
  'Name',
  'Email',
  'Financial Status',
  'Created at',
  'Total',
  'Lineitem quantity',
  'Lineitem name',
  'Lineitem price',
] as const;

export const SHOPIFY_COLUMNS = {
  orderId: 'Name',
  email: 'Email',
  financialStatus: 'Financial Status',
  currency: 'Currency',
  total: 'Total',
  discountCode: 'Discount Code',
  createdAt: 'Created at',
  quantity: 'Lineitem quantity',
  productName: 'Lineitem name',
  unitPrice: 'Lineitem price',
  sku: 'Lineitem sku',
  lineDiscount: 'Lineitem discount',
  shippingCountry: 'Shipping Country',
  billingCountry: 'Billing Country',
  cancelledAt: 'Cancelled at',
  refundedAmount: 'Refunded Amount',
  source: 'Source',
  /**
   * Not in Shopify's own export (it has no product type); some exporter apps add it, and
   * the demo store writes it, so it is read when present.
   */
  category: 'Lineitem product type',
} as const;

/** True when the header is Shopify's order export (every required column present). */
export function isShopifyHeader(header: readonly string[]): boolean {
  return missingShopifyColumns(header).length === 0;
}

export function missingShopifyColumns(header: readonly string[]): string[] {
  const names = new Set(header.map((name) => name.trim()));
  return SHOPIFY_REQUIRED_COLUMNS.filter((column) => !names.has(column));
}
