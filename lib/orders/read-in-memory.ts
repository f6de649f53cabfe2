import type { DateFormat } from './dates';
import { ImportInputError } from './errors';
import { detectSampleDateFormat, inspectCsv, type CsvInspection } from './inspect';
import type { ColumnMapping } from './mapping';
import {
  finaliseOrder,
  mergeDrafts,
  resolveGenericColumns,
  resolveShopifyColumns,
  type FinalOrder,
  type NormalisedLine,
  type OrderDraft,
  type RejectReason,
} from './normalise';
import { readOrders } from './pipeline';

/**
 * A whole (small) file read into memory with the same pipeline the import streams through:
 * for tests, previews of results and small tools. Large files go through the import.
 */
export interface InMemoryImport {
  inspection: CsvInspection;
  dateFormat: DateFormat;
  orders: Array<FinalOrder & { lines: NormalisedLine[] }>;
  rejected: Array<{ rowNumber: number; reason: RejectReason; cells: string[] }>;
  rows: number;
}

export interface InMemoryOptions {
  format?: 'shopify' | 'generic';
  mapping?: ColumnMapping;
  timezone?: string;
  dateFormat?: DateFormat;
  /** Split the bytes into chunks of this size, as a stream would deliver them. */
  chunkSize?: number;
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export async function readOrdersInMemory(bytes: Uint8Array, options: InMemoryOptions = {}): Promise<InMemoryImport> {
  const inspection = inspectCsv(bytes, true);
  const format = options.format ?? inspection.format;
  const mapping = options.mapping ?? {};
  let dateFormat = options.dateFormat;
  if (!dateFormat) {
    const detection = detectSampleDateFormat(inspection, format === 'generic' ? mapping.createdAt : undefined);
    if (!detection.format && detection.ambiguous) throw new ImportInputError('ambiguous-dates', 'Choose the date format.');
    dateFormat = detection.format ?? 'YYYY-MM-DD';
  }
  const drafts = new Map<string, OrderDraft>();
  const rejected: InMemoryImport['rejected'] = [];
  const result = await readOrders({
    chunks: chunksOf(bytes, options.chunkSize ?? 64 * 1024),
    format: inspection,
    columns: format === 'shopify' ? resolveShopifyColumns(inspection.header) : resolveGenericColumns(inspection.header, mapping),
    header: inspection.header,
    dates: { format: dateFormat, timezone: options.timezone ?? 'UTC' },
    sink: {
      order(draft) {
        const previous = drafts.get(draft.orderId);
        drafts.set(draft.orderId, previous ? mergeDrafts(previous, draft) : draft);
      },
      reject(rowNumber, reason, cells) {
        rejected.push({ rowNumber, reason, cells });
      },
    },
  });
  const orders: InMemoryImport['orders'] = [];
  for (const draft of drafts.values()) {
    if (draft.createdAt === null) {
      rejected.push({ rowNumber: draft.rowNumber, reason: 'missing date', cells: draft.firstCells });
      continue;
    }
    orders.push({ ...finaliseOrder({ ...draft, createdAt: draft.createdAt }), lines: draft.lines });
  }
  rejected.sort((a, b) => a.rowNumber - b.rowNumber);
  return { inspection, dateFormat, orders, rejected, rows: result.rows };
}
