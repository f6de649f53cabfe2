import { SpareMemory } from './spare-memory';
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

/** Entries per chunk of a column: 2^16. */
const CHUNK_BITS = 16;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

type NumberArray = Int32Array | Float64Array | Uint8Array;

/**
 * A column of numbers by order number, in chunks of a fixed size: it grows by adding a
 * chunk, never by copying into a larger array. Grown arrays left the ones they replaced to
 * the collector, which in an import thread seldom runs a full collection: at a million rows
 * they were 30 MB of the import's peak memory.
 */
class Column<T extends NumberArray> {
  private readonly chunks: T[] = [];

  constructor(private readonly newChunk: (length: number) => T) {}

  get(order: number): number {
    return this.chunks[order >>> CHUNK_BITS][order & CHUNK_MASK];
  }

  set(order: number, value: number): void {
    const chunk = order >>> CHUNK_BITS;
    while (chunk >= this.chunks.length) this.chunks.push(this.newChunk(CHUNK_MASK + 1));
    this.chunks[chunk][order & CHUNK_MASK] = value;
  }
}

/** The numbers kept of each order. */
class Columns {
  readonly customer = new Column((n) => new Int32Array(n)); // 0: none
  readonly at = new Column((n) => new Float64Array(n));
  readonly netRevenue = new Column((n) => new Float64Array(n));
  readonly purchase = new Column((n) => new Uint8Array(n));
  size = 0; // highest order number + 1
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
    if (order >= c.size) c.size = order + 1;
    const inTimeline = isPurchase && customer !== null && customer > 0 && at !== null;
    c.purchase.set(order, inTimeline ? 1 : 0);
    c.customer.set(order, inTimeline ? customer : 0);
    c.at.set(order, at ?? 0);
    c.netRevenue.set(order, netRevenue);
    if (inTimeline && customer > this.maxCustomer) this.maxCustomer = customer;
  }

  /**
   * Every purchase's place; each customer with a purchase is handed to `onCustomer` with
   * its figures, in customer-number order, as they are worked out (not kept: a third of a
   * million customers would be ten megabytes more at the import's busiest). `orderIdOf`
   * gives an order's id; it is asked only to order a customer's purchases placed at the
   * very same moment. The working arrays, and the places, are carved from `memory` while
   * it has room.
   */
  derive(
    orderIdOf: (order: number) => string,
    onCustomer: (customer: number, figures: CustomerFigures) => void,
    memory = new SpareMemory(),
  ): Places {
    const c = this.columns;
    const n = c.size;
    const customers = this.maxCustomer + 1;
    // Counting sort of purchases by customer: start of each customer's run, then fill.
    const start = memory.int32(customers + 1);
    for (let o = 0; o < n; o++) if (c.purchase.get(o) === 1) start[c.customer.get(o) + 1]++;
    for (let k = 1; k <= customers; k++) start[k] += start[k - 1];
    const next = memory.int32(customers);
    next.set(start.subarray(0, customers));
    const byCustomer = memory.int32(start[customers]);
    for (let o = 0; o < n; o++) if (c.purchase.get(o) === 1) byCustomer[next[c.customer.get(o)]++] = o;

    const places: Places = { sequence: memory.int32(n), dayOffset: memory.int32(n), gapDays: memory.int32(n) };
    const byPlace = (a: number, b: number) => c.at.get(a) - c.at.get(b) || compareText(orderIdOf(a), orderIdOf(b));
    for (let k = 1; k < customers; k++) {
      const from = start[k];
      const to = start[k + 1];
      if (from === to) continue;
      if (to - from > 1) sortRun(byCustomer, from, to, byPlace);
      const firstAt = c.at.get(byCustomer[from]);
      let previousAt = firstAt;
      let revenue = 0;
      for (let i = from; i < to; i++) {
        const o = byCustomer[i];
        const at = c.at.get(o);
        places.sequence[o] = i - from + 1;
        places.dayOffset[o] = Math.floor((at - firstAt) / DAY_MS);
        places.gapDays[o] = i === from ? -1 : Math.floor((at - previousAt) / DAY_MS);
        previousAt = at;
        revenue += c.netRevenue.get(o);
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
