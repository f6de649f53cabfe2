import 'server-only';
import type { CustomerTimeline, TimelineLine, TimelinePurchase } from '@/lib/analytics/timeline';
import { getDb, type Db } from '../client';
import { storeHistory } from '../history/read';

// Positional columns of the raw rows below. Raw rows and direct object literals (no
// rest/spread, no per-row closures) keep a million-line store's load to one cheap pass.
type CustomerRow = [id: number, customerKey: string];
type OrderRow = [
  id: number,
  customerRef: number | null,
  orderId: string,
  at: number,
  sequence: number,
  dayOffset: number,
  gapDays: number | null,
  netRevenue: number,
  discountCode: string,
  source: string,
  country: string,
];
type ProductRow = [id: number, productName: string, sku: string, category: string];
type LineRow = [orderRef: number, productRef: number, quantity: number, lineTotal: number];

/**
 * The derived customer timelines of a store, as lib/analytics reads them: purchases of
 * non-anonymous customers, in sequence, with their lines.
 *
 * Customers come in the order they first appeared in the store's imports (the analytics
 * order them as they need). Three streamed queries over the store's history file instead
 * of one sorted join: each walks a table in its own order, so none needs a temporary
 * B-tree over every purchase; each customer's few purchases are put in sequence here.
 */
export function listCustomerTimelines(storeId: string, db: Db = getDb()): CustomerTimeline[] {
  const sqlite = storeHistory(storeId, db);
  if (!sqlite) return [];
  const customerRows = sqlite
    .prepare('SELECT id, customer_key FROM customers')
    .raw(true)
    .iterate() as IterableIterator<CustomerRow>;
  const inOrder: CustomerTimeline[] = [];
  const byCustomer = new Map<number, CustomerTimeline>();
  for (const row of customerRows) {
    const timeline: CustomerTimeline = { customerId: row[1], purchases: [] };
    inOrder.push(timeline);
    byCustomer.set(row[0], timeline);
  }

  const orderRows = sqlite
    .prepare(
      `SELECT o.id, o.customer_ref, o.order_id, o.created_at, t.sequence, t.day_offset, t.gap_days, o.net_revenue,
              o.discount_code, o.source, o.country
         FROM timeline t JOIN orders o ON o.id = t.order_ref`,
    )
    .raw(true)
    .iterate() as IterableIterator<OrderRow>;
  const byOrder = new Map<number, TimelinePurchase>();
  for (const row of orderRows) {
    const timeline = row[1] === null ? undefined : byCustomer.get(row[1]);
    if (!timeline) continue; // no customer: not part of any timeline (as the former inner join)
    const purchase: TimelinePurchase = {
      orderId: row[2],
      at: row[3],
      sequence: row[4],
      dayOffset: row[5],
      gapDays: row[6],
      netRevenue: row[7],
      discountCode: row[8],
      source: row[9],
      country: row[10],
      lines: [],
    };
    timeline.purchases.push(purchase);
    byOrder.set(row[0], purchase);
  }

  // Each product's strings once, shared by all its lines.
  const products = new Map<number, ProductRow>();
  for (const row of sqlite.prepare('SELECT id, product_name, sku, category FROM products').raw(true).iterate() as IterableIterator<ProductRow>) {
    products.set(row[0], row);
  }
  // Sorted by order and position, so an order's lines arrive together: one lookup per order.
  const lineRows = sqlite
    .prepare(
      `SELECT l.order_ref, l.product_ref, l.quantity, l.line_total
         FROM timeline t JOIN order_lines l ON l.order_ref = t.order_ref
        ORDER BY l.order_ref, l.position`,
    )
    .raw(true)
    .iterate() as IterableIterator<LineRow>;
  let currentRef = -1;
  let lines: TimelineLine[] | undefined;
  for (const row of lineRows) {
    if (row[0] !== currentRef) {
      currentRef = row[0];
      lines = byOrder.get(currentRef)?.lines;
    }
    const product = products.get(row[1])!;
    lines?.push({ productName: product[1], sku: product[2], category: product[3], quantity: row[2], lineTotal: row[3] });
  }

  const timelines: CustomerTimeline[] = [];
  for (const timeline of inOrder) {
    if (timeline.purchases.length === 0) continue; // customers without purchases have no timeline
    inSequence(timeline.purchases);
    timelines.push(timeline);
  }
  return timelines;
}

/** Sorts a customer's purchases by sequence, in place; most arrive sorted already. */
function inSequence(purchases: TimelinePurchase[]): void {
  for (let i = 1; i < purchases.length; i++) {
    if (purchases[i - 1].sequence > purchases[i].sequence) {
      purchases.sort(bySequence);
      return;
    }
  }
}

function bySequence(a: TimelinePurchase, b: TimelinePurchase): number {
  return a.sequence - b.sequence;
}
