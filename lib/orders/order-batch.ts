import type { OrderDraft, RejectReason, RowSink } from './normalise';

/**
 * Orders and rejected rows packed into flat arrays of plain values, the cheapest shape to
 * post from the thread that reads the file to the thread that stores it: structured
 * cloning copies a flat array of strings and numbers far faster than objects, whose
 * property names it writes again for every order and line.
 */
export interface OrderBatch {
  /** ORDER_FIELDS values per order. */
  orders: unknown[];
  /** LINE_FIELDS values per line, the lines of each order following each other. */
  lines: unknown[];
  /** Row number, reason and cells per rejected row. */
  rejected: Array<[number, RejectReason, string[]]>;
}

const ORDER_FIELDS = 18;
const LINE_FIELDS = 6;

export function emptyBatch(): OrderBatch {
  return { orders: [], lines: [], rejected: [] };
}

/** A RowSink that packs what it receives into `batch`. */
export function packingSink(batch: () => OrderBatch): RowSink {
  return {
    order: (draft) => packOrder(batch(), draft),
    reject: (rowNumber, reason, cells) => batch().rejected.push([rowNumber, reason, cells]),
  };
}

export function packOrder(batch: OrderBatch, draft: OrderDraft): void {
  batch.orders.push(
    draft.orderId,
    draft.rowNumber,
    draft.customerKey,
    draft.email,
    draft.createdAt,
    draft.currency,
    draft.total,
    draft.refunded,
    draft.discountCode,
    draft.source,
    draft.country,
    draft.status,
    draft.cancelled,
    draft.lineSum,
    draft.positiveLines,
    draft.negativeLines,
    draft.lines.length,
    // The first row's cells are only ever reported for an order without a date.
    draft.createdAt === null ? draft.firstCells : null,
  );
  for (const line of draft.lines) {
    batch.lines.push(line.productName, line.sku, line.category, line.quantity, line.unitPrice, line.lineTotal);
  }
}

/**
 * Replays a packed batch into a sink: its rejected rows, then its orders in the order they
 * were read. (Where rejections fell between orders is not kept; nothing depends on it.)
 */
export function unpackBatch(batch: OrderBatch, sink: RowSink): void {
  for (const [rowNumber, reason, cells] of batch.rejected) sink.reject(rowNumber, reason, cells);
  const { orders, lines } = batch;
  let line = 0;
  for (let o = 0; o < orders.length; o += ORDER_FIELDS) {
    const lineCount = orders[o + 16] as number;
    const draftLines: OrderDraft['lines'] = new Array(lineCount);
    for (let position = 0; position < lineCount; position++, line += LINE_FIELDS) {
      draftLines[position] = {
        position,
        productName: lines[line] as string,
        sku: lines[line + 1] as string,
        category: lines[line + 2] as string,
        quantity: lines[line + 3] as number,
        unitPrice: lines[line + 4] as number,
        lineTotal: lines[line + 5] as number,
      };
    }
    sink.order({
      orderId: orders[o] as string,
      rowNumber: orders[o + 1] as number,
      customerKey: orders[o + 2] as string | null,
      email: orders[o + 3] as string,
      createdAt: orders[o + 4] as number | null,
      currency: orders[o + 5] as string,
      total: orders[o + 6] as number | null,
      refunded: orders[o + 7] as number,
      discountCode: orders[o + 8] as string,
      source: orders[o + 9] as string,
      country: orders[o + 10] as string,
      status: orders[o + 11] as string,
      cancelled: orders[o + 12] as boolean,
      lineSum: orders[o + 13] as number,
      positiveLines: orders[o + 14] as number,
      negativeLines: orders[o + 15] as number,
      lines: draftLines,
      firstCells: (orders[o + 17] as string[] | null) ?? [],
    });
  }
}
