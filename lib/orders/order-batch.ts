import type { OrderDraft, RejectReason, RowSink } from './normalise';
import { ProductNumbers } from './product-numbers';

/**
 * Orders and rejected rows in the cheapest shape to post from the thread that reads the
 * file to the thread that stores it: every string of the batch joined into one text, with
 * their lengths, and every number in one Float64Array. Structured cloning then copies one
 * string and moves two buffers (transferred, not copied), where a batch of separate
 * values cost a tag, a copy and an allocation per string on each side — measured, a
 * third of a second of the storing thread's time per million rows. A line's product
 * travels as a number (products are numbered as they first appear, and each batch brings
 * the products it numbered): a store has few products and its lines many.
 */
export interface OrderBatch {
  /** The strings of every order, one after another (7 or 8 per order: the customer key only when it is not the e-mail). */
  text: string;
  /** The length of each string in `text`. */
  lengths: Uint32Array;
  /** The numbers: 10 per order (how its customer key travels first), then 4 per line of it (product number first); NaN stands for null. */
  numbers: Float64Array;
  orders: number;
  /** Name, SKU and category of each product first seen in this batch, in the order they were numbered. */
  newProducts: string[];
  /** Row number, reason and cells per rejected row (rare, so as they are). */
  rejected: Array<[number, RejectReason, string[]]>;
  /** The first row's cells of each order without a date, in order (rare too). */
  undatedCells: string[][];
}

/** A batch's buffers, given back by the side that unpacked it, to be filled again (BatchWriter.recycle). */
export interface BatchBuffers {
  lengths: ArrayBuffer;
  numbers: ArrayBuffer;
}

/** The buffers of an unpacked batch, to send back to its writer (moved, as they came). */
export function buffersOf(batch: OrderBatch): BatchBuffers {
  return { lengths: batch.lengths.buffer as ArrayBuffer, numbers: batch.numbers.buffer as ArrayBuffer };
}

/** How an order's customer key travels: none (anonymous), its own string, or as its e-mail. */
const NO_CUSTOMER = 0;
const OWN_KEY = 1;
const KEY_IS_EMAIL = 2;

/** Builds batches from what a RowSink receives; take() hands over each one. */
export class BatchWriter implements RowSink {
  private readonly products = new ProductNumbers();
  private productCount = 0;
  private newProducts: string[] = [];
  private texts: string[] = [];
  private lengths = new Uint32Array(4096);
  private strings = 0;
  private numbers = new Float64Array(4096);
  private numberCount = 0;
  private orders = 0;
  private rejected: OrderBatch['rejected'] = [];
  private undatedCells: string[][] = [];
  /**
   * Buffers of batches the other side has unpacked and given back. Filled again rather
   * than new ones allocated for every batch: the discarded ones piled up, up to tens of
   * megabytes, on the unpacking thread before its collector freed them.
   */
  private readonly spareLengths: Array<Uint32Array<ArrayBuffer>> = [];
  private readonly spareNumbers: Array<Float64Array<ArrayBuffer>> = [];

  get isEmpty(): boolean {
    return this.orders === 0 && this.rejected.length === 0;
  }

  order(draft: OrderDraft): void {
    this.orders++;
    // Keyed by e-mail (as Shopify's customers are), the key is the e-mail: sent once.
    const customer = draft.customerKey === null ? NO_CUSTOMER : draft.customerKey === draft.email ? KEY_IS_EMAIL : OWN_KEY;
    this.string(draft.orderId);
    if (customer === OWN_KEY) this.string(draft.customerKey!);
    this.string(draft.email);
    this.string(draft.currency);
    this.string(draft.discountCode);
    this.string(draft.source);
    this.string(draft.country);
    this.string(draft.status);
    this.number(customer);
    this.number(draft.rowNumber);
    this.number(draft.createdAt ?? NaN);
    this.number(draft.total ?? NaN);
    this.number(draft.refunded);
    this.number(draft.cancelled ? 1 : 0);
    this.number(draft.lineSum);
    this.number(draft.positiveLines);
    this.number(draft.negativeLines);
    this.number(draft.lines.length);
    // The first row's cells are only ever reported for an order without a date.
    if (draft.createdAt === null) this.undatedCells.push(draft.firstCells);
    for (const line of draft.lines) {
      this.number(this.products.numberOf(line.productName, line.sku, line.category, () => this.numberProduct(line)));
      this.number(line.quantity);
      this.number(line.unitPrice);
      this.number(line.lineTotal);
    }
  }

  reject(rowNumber: number, reason: RejectReason, cells: string[]): void {
    this.rejected.push([rowNumber, reason, cells]);
  }

  private numberProduct(line: OrderDraft['lines'][number]): number {
    this.newProducts.push(line.productName, line.sku, line.category);
    return this.productCount++;
  }

  /** The batch built so far, and the buffers to transfer with it; the writer starts a new one. */
  take(): { batch: OrderBatch; transfer: ArrayBuffer[] } {
    const batch: OrderBatch = {
      text: this.texts.join(''),
      lengths: this.lengths.subarray(0, this.strings),
      numbers: this.numbers.subarray(0, this.numberCount),
      orders: this.orders,
      newProducts: this.newProducts,
      rejected: this.rejected,
      undatedCells: this.undatedCells,
    };
    const transfer = [this.lengths.buffer as ArrayBuffer, this.numbers.buffer as ArrayBuffer];
    // The transferred buffers leave this thread: go on with given-back ones, or new ones of the same size.
    this.texts = [];
    this.lengths = spareOf(this.spareLengths, this.lengths.length) ?? new Uint32Array(this.lengths.length);
    this.numbers = spareOf(this.spareNumbers, this.numbers.length) ?? new Float64Array(this.numbers.length);
    this.strings = 0;
    this.numberCount = 0;
    this.orders = 0;
    this.newProducts = [];
    this.rejected = [];
    this.undatedCells = [];
    return { batch, transfer };
  }

  /** Takes back the buffers of a batch this writer made, once it is unpacked (buffersOf). */
  recycle(buffers: BatchBuffers): void {
    this.spareLengths.push(new Uint32Array(buffers.lengths));
    this.spareNumbers.push(new Float64Array(buffers.numbers));
  }

  private string(value: string): void {
    if (this.strings === this.lengths.length) {
      const grown = new Uint32Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[this.strings++] = value.length;
    this.texts.push(value);
  }

  private number(value: number): void {
    if (this.numberCount === this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers[this.numberCount++] = value;
  }
}

/** A spare array of at least `length` items, if there is one (smaller ones, outgrown, are dropped). */
function spareOf<T extends Uint32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>(spares: T[], length: number): T | undefined {
  for (let spare = spares.pop(); spare; spare = spares.pop()) if (spare.length >= length) return spare;
  return undefined;
}

/** Reads a batch's strings and numbers in the order they were written. */
class BatchReader {
  private textAt = 0;
  private stringAt = 0;
  private numberAt = 0;

  constructor(private readonly batch: OrderBatch) {}

  string(): string {
    const length = this.batch.lengths[this.stringAt++];
    const from = this.textAt;
    this.textAt += length;
    return length === 0 ? '' : this.batch.text.slice(from, this.textAt);
  }

  number(): number {
    return this.batch.numbers[this.numberAt++];
  }

  nullableNumber(): number | null {
    const value = this.batch.numbers[this.numberAt++];
    return Number.isNaN(value) ? null : value;
  }
}

/**
 * Replays the batches of one BatchWriter, in the order they were taken, into a sink. Lines
 * of the same product share the same strings.
 */
export class BatchUnpacker {
  /** Name, SKU and category of every product numbered so far, by number. */
  private readonly products: string[] = [];

  /**
   * Replays a batch: its rejected rows, then its orders in the order they were read.
   * (Where rejections fell between orders is not kept; nothing depends on it.)
   */
  unpack(batch: OrderBatch, sink: RowSink): void {
    for (const [rowNumber, reason, cells] of batch.rejected) sink.reject(rowNumber, reason, cells);
    for (const text of batch.newProducts) this.products.push(text);
    const products = this.products;
    const read = new BatchReader(batch);
    let undated = 0;
    for (let o = 0; o < batch.orders; o++) {
      // Numbers and strings are read from their own streams: the numbers first, as the
      // first of them says whether the customer key is among the strings.
      const customer = read.number();
      const rowNumber = read.number();
      const createdAt = read.nullableNumber();
      const total = read.nullableNumber();
      const refunded = read.number();
      const cancelled = read.number() === 1;
      const lineSum = read.number();
      const positiveLines = read.number();
      const negativeLines = read.number();
      const lineCount = read.number();
      const orderId = read.string();
      const customerKey = customer === OWN_KEY ? read.string() : null;
      const email = read.string();
      const currency = read.string();
      const discountCode = read.string();
      const source = read.string();
      const country = read.string();
      const status = read.string();
      const lines: OrderDraft['lines'] = new Array(lineCount);
      for (let position = 0; position < lineCount; position++) {
        const product = read.number() * 3;
        lines[position] = {
          position,
          productName: products[product],
          sku: products[product + 1],
          category: products[product + 2],
          quantity: read.number(),
          unitPrice: read.number(),
          lineTotal: read.number(),
        };
      }
      sink.order({
        orderId,
        rowNumber,
        customerKey: customer === OWN_KEY ? customerKey : customer === KEY_IS_EMAIL ? email : null,
        email,
        createdAt,
        currency,
        total,
        refunded,
        discountCode,
        source,
        country,
        status,
        cancelled,
        lineSum,
        positiveLines,
        negativeLines,
        lines,
        firstCells: createdAt === null ? batch.undatedCells[undated++] : [],
      });
    }
  }
}
