import { compareText } from './text-order';
import { DAY_MS } from './timeline';

/**
 * The customer timeline worked out from a few numbers per order, as an import stores
 * them: each purchase's place (sequence, days since the customer's first purchase, days
 * since the previous one) and each customer's figures. Orders are numbered (the store's
 * order ids 1, 2, …) and kept in columns, so a million orders cost a few typed arrays and
 * no objects; purchases are grouped by customer with a counting sort and only each
 * customer's own few are compared. Same rules as deriveTimelines (timeline.ts): by date,
 * ties by order id, whole days. Order ids are not kept here (they would be most of the
 * memory): ties are rare, and the caller reads them back when one happens.
 */

/** Growable typed-array columns, indexed by order number. */
class Columns {
  customer = new Int32Array(1024); // 0: none
  at = new Float64Array(1024);
  netRevenue = new Float64Array(1024);
  purchase = new Uint8Array(1024);
  size = 0; // highest order number + 1

  ensure(order: number): void {
    if (order >= this.size) this.size = order + 1;
    if (order < this.customer.length) return;
    // By half again, not double: these columns are much of an import's memory.
    let capacity = this.customer.length;
    while (capacity <= order) capacity = Math.ceil(capacity * 1.5);
    this.customer = grow(this.customer, new Int32Array(capacity));
    this.at = grow(this.at, new Float64Array(capacity));
    this.netRevenue = grow(this.netRevenue, new Float64Array(capacity));
    this.purchase = grow(this.purchase, new Uint8Array(capacity));
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

export interface Places {
  /** By order number; 0 for orders outside the timeline. */
  sequence: Int32Array;
  dayOffset: Int32Array;
  /** -1 for a customer's first purchase. */
  gapDays: Int32Array;
}

/** A customer's figures, as worked out from its purchases. */
export interface CustomerFigures {
  purchases: number;
  revenue: number;
  firstAt: number;
  lastAt: number;
  /** The order number of the first purchase. */
  firstOrder: number;
}

export class PurchasePlaces {
  private readonly columns = new Columns();
  private maxCustomer = 0;

  /**
   * Records (or re-records) an order. Only purchases of a known customer (customer > 0)
   * take a place; anything else is recorded as outside the timeline.
   */
  set(order: number, customer: number | null, at: number | null, netRevenue: number, isPurchase: boolean): void {
    const c = this.columns;
    c.ensure(order);
    const inTimeline = isPurchase && customer !== null && customer > 0 && at !== null;
    c.purchase[order] = inTimeline ? 1 : 0;
    c.customer[order] = inTimeline ? customer : 0;
    c.at[order] = at ?? 0;
    c.netRevenue[order] = netRevenue;
    if (inTimeline && customer > this.maxCustomer) this.maxCustomer = customer;
  }

  /**
   * Every purchase's place; each customer with a purchase is handed to `onCustomer` with
   * its figures, in customer-number order, as they are worked out (not kept: a third of a
   * million customers would be ten megabytes more at the import's busiest). `orderIdOf`
   * gives an order's id; it is asked only to order a customer's purchases placed at the
   * very same moment.
   */
  derive(orderIdOf: (order: number) => string, onCustomer: (customer: number, figures: CustomerFigures) => void): Places {
    const c = this.columns;
    const n = c.size;
    const customers = this.maxCustomer + 1;
    // Counting sort of purchases by customer: start of each customer's run, then fill.
    const start = new Int32Array(customers + 1);
    for (let o = 0; o < n; o++) if (c.purchase[o] === 1) start[c.customer[o] + 1]++;
    for (let k = 1; k <= customers; k++) start[k] += start[k - 1];
    const next = start.slice(0, customers);
    const byCustomer = new Int32Array(start[customers]);
    for (let o = 0; o < n; o++) if (c.purchase[o] === 1) byCustomer[next[c.customer[o]]++] = o;

    const places: Places = { sequence: new Int32Array(n), dayOffset: new Int32Array(n), gapDays: new Int32Array(n) };
    const byPlace = (a: number, b: number) => c.at[a] - c.at[b] || compareText(orderIdOf(a), orderIdOf(b));
    for (let k = 1; k < customers; k++) {
      const from = start[k];
      const to = start[k + 1];
      if (from === to) continue;
      if (to - from > 1) sortRun(byCustomer, from, to, byPlace);
      const firstAt = c.at[byCustomer[from]];
      let previousAt = firstAt;
      let revenue = 0;
      for (let i = from; i < to; i++) {
        const o = byCustomer[i];
        const at = c.at[o];
        places.sequence[o] = i - from + 1;
        places.dayOffset[o] = Math.floor((at - firstAt) / DAY_MS);
        places.gapDays[o] = i === from ? -1 : Math.floor((at - previousAt) / DAY_MS);
        previousAt = at;
        revenue += c.netRevenue[o];
      }
      onCustomer(k, { purchases: to - from, revenue, firstAt, lastAt: previousAt, firstOrder: byCustomer[from] });
    }
    return places;
  }
}

/** Sorts items [from, to) of `list` in place; runs are a customer's purchases, mostly few. */
function sortRun(list: Int32Array, from: number, to: number, compare: (a: number, b: number) => number): void {
  if (to - from > 16) {
    const sorted = Array.from(list.subarray(from, to)).sort(compare);
    list.set(sorted, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const item = list[i];
    let j = i - 1;
    while (j >= from && compare(list[j], item) > 0) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = item;
  }
}
