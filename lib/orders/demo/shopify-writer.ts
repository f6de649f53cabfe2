import { offsetAtUtc } from '../timezones';
import { DEMO_PRODUCTS } from './catalog';
import { DEMO_TIME_ZONE, type DemoOrder, type DemoStore } from './generator';
import { SHOPIFY_EXPORT_HEADER, type ShopifyColumn } from './shopify-header';

/**
 * Writes a demo store as Shopify's order export: one row per line item, order-level
 * fields on the order's first row only, local times with their offset. One column is
 * added after Shopify's 79: `Lineitem product type` (the category), which Shopify's own
 * export lacks and exporter apps add.
 */

export const DEMO_EXTRA_COLUMNS = ['Lineitem product type'] as const;
const HEADER: readonly string[] = [...SHOPIFY_EXPORT_HEADER, ...DEMO_EXTRA_COLUMNS];
const INDEX = new Map(HEADER.map((name, i) => [name, i]));

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `2025-12-06 10:37:33 -0500`, as Shopify writes timestamps. */
export function shopifyTimestamp(utcMs: number, zone: string = DEMO_TIME_ZONE): string {
  const offset = offsetAtUtc(zone, utcMs);
  const d = new Date(utcMs + offset);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60_000;
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
  );
}

function money(value: number): string {
  return value.toFixed(2);
}

function orderRows(store: DemoStore, order: DemoOrder, index: number): string[][] {
  const customer = order.customer >= 0 ? store.customers[order.customer] : null;
  const name = `#${1001 + index}`;
  const created = shopifyTimestamp(order.createdAt);
  const fullName = customer ? `${customer.firstName} ${customer.lastName}` : '';
  const street = `${(index % 970) + 12} ${['Maple Ave', 'High Street', 'Rue de la Paix', 'Hauptstraße', 'King St'][index % 5]}`;
  const address = `${street}, Apt ${(index % 40) + 1}`;
  const city = ['Springfield', 'Toronto', 'London', 'Berlin', 'Paris', 'Amsterdam', 'Sydney'][index % 7];
  return order.lines.map((line, lineIndex) => {
    const product = DEMO_PRODUCTS[line.product];
    const row = new Array<string>(HEADER.length).fill('');
    const set = (column: ShopifyColumn | (typeof DEMO_EXTRA_COLUMNS)[number], value: string) => {
      row[INDEX.get(column)!] = value;
    };
    set('Name', name);
    set('Email', customer ? customer.email : '');
    set('Created at', created);
    set('Currency', 'USD');
    set('Lineitem quantity', String(line.quantity));
    set('Lineitem name', product.name);
    set('Lineitem price', money(product.price));
    set('Lineitem sku', product.sku);
    set('Lineitem requires shipping', 'true');
    set('Lineitem taxable', 'true');
    set('Lineitem fulfillment status', order.cancelledAt ? 'pending' : 'fulfilled');
    set('Lineitem discount', money(line.discount));
    set('Lineitem product type', product.category);
    set('Vendor', 'Loopmap Demo Skincare');
    if (lineIndex > 0) return row;
    set('Financial Status', order.financialStatus);
    set('Paid at', order.financialStatus === 'pending' ? '' : created);
    set('Fulfillment Status', order.cancelledAt ? 'unfulfilled' : 'fulfilled');
    set('Accepts Marketing', customer && order.customer % 3 === 0 ? 'yes' : 'no');
    set('Subtotal', money(order.subtotal));
    set('Shipping', money(order.shipping));
    set('Taxes', money(order.taxes));
    set('Total', money(order.total));
    set('Discount Code', order.discountCode);
    set('Discount Amount', money(order.discountAmount));
    set('Shipping Method', order.source === 'pos' ? '' : order.shipping === 0 ? 'Free Shipping' : 'Standard');
    if (customer) {
      set('Billing Name', fullName);
      set('Billing Street', address);
      set('Billing Address1', street);
      set('Billing City', city);
      set('Billing Country', order.country);
      set('Shipping Name', fullName);
      set('Shipping Street', address);
      set('Shipping Address1', street);
      set('Shipping City', city);
      set('Shipping Country', order.country);
    }
    set('Notes', order.note);
    set('Cancelled at', order.cancelledAt ? shopifyTimestamp(order.cancelledAt) : '');
    set('Payment Method', order.source === 'pos' ? 'Cash' : 'Shopify Payments');
    set('Refunded Amount', money(order.refunded));
    set('Outstanding Balance', money(order.financialStatus === 'pending' ? order.total : 0));
    set('Id', String(5_500_000_000_000 + index * 7));
    set('Risk Level', 'Low');
    set('Source', order.source);
    set('Payment ID', `c${26_000_000_000 + index}.1`);
    return row;
  });
}

/**
 * Writes the CSV through `write` in pieces of about 1 MB (the caller decides where they
 * go). Returns the number of line rows written.
 */
export function writeDemoShopifyCsv(store: DemoStore, write: (text: string) => void): number {
  let buffer = HEADER.map(csvCell).join(',') + '\n';
  let rows = 0;
  store.orders.forEach((order, index) => {
    for (const row of orderRows(store, order, index)) {
      buffer += row.map(csvCell).join(',') + '\n';
      rows++;
    }
    if (buffer.length > 1_000_000) {
      write(buffer);
      buffer = '';
    }
  });
  if (buffer) write(buffer);
  return rows;
}
