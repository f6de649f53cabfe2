import type { Delimiter } from './csv';
import type { DateFormat } from './dates';
import type { TextEncodingName } from './encoding';
import { inspectCsv, detectSampleDateFormat, INSPECT_BYTES } from './inspect';
import { suggestMapping, type ColumnMapping } from './mapping';
import { SHOPIFY_COLUMNS } from './shopify';

export { ImportInputError as CsvPreviewError } from './errors';

export interface CsvPreview {
  encoding: TextEncodingName;
  delimiter: Delimiter;
  header: string[];
  /** The first 20 data rows, as strings. */
  rows: string[][];
  format: 'shopify' | 'generic';
  /** For generic files, the mapping suggested from the header names (Shopify's is fixed). */
  suggestedMapping: ColumnMapping;
  /** The date format the first rows decide, null when they do not (see ambiguousDates). */
  detectedDateFormat: DateFormat | null;
  /** True when dates are day-month and the first rows cannot tell which comes first. */
  ambiguousDates: boolean;
}

const PREVIEW_ROWS = 20;

/** The mapping that reads a Shopify export through the generic fields (shown read-only). */
export function shopifyMappingView(header: readonly string[]): ColumnMapping {
  const present = (column: string) => (header.includes(column) ? column : undefined);
  const mapping: ColumnMapping = {
    orderId: SHOPIFY_COLUMNS.orderId,
    customerEmail: SHOPIFY_COLUMNS.email,
    createdAt: SHOPIFY_COLUMNS.createdAt,
    total: SHOPIFY_COLUMNS.total,
    quantity: SHOPIFY_COLUMNS.quantity,
    unitPrice: SHOPIFY_COLUMNS.unitPrice,
    productName: SHOPIFY_COLUMNS.productName,
    sku: present(SHOPIFY_COLUMNS.sku),
    category: present(SHOPIFY_COLUMNS.category),
    discountCode: present(SHOPIFY_COLUMNS.discountCode),
    source: present(SHOPIFY_COLUMNS.source),
    country: present(SHOPIFY_COLUMNS.shippingCountry) ?? present(SHOPIFY_COLUMNS.billingCountry),
    status: SHOPIFY_COLUMNS.financialStatus,
    currency: present(SHOPIFY_COLUMNS.currency),
  };
  return Object.fromEntries(Object.entries(mapping).filter(([, column]) => column !== undefined)) as ColumnMapping;
}

/**
 * Reads the start of a file (`bytes` may be the whole file or its first megabytes) and
 * says how it would be imported. Throws ImportInputError (alias CsvPreviewError) for an
 * empty file or one that is not a CSV.
 */
export function previewCsv(bytes: Uint8Array, fileName: string): CsvPreview {
  void fileName; // The content decides, not the extension; kept for messages and logs.
  const sample = bytes.length > INSPECT_BYTES ? bytes.subarray(0, INSPECT_BYTES) : bytes;
  const inspection = inspectCsv(sample, sample.length === bytes.length);
  const suggestedMapping = inspection.format === 'shopify' ? shopifyMappingView(inspection.header) : suggestMapping(inspection.header);
  const dates = detectSampleDateFormat(inspection, suggestedMapping.createdAt);
  return {
    encoding: inspection.encoding,
    delimiter: inspection.delimiter,
    header: inspection.header,
    rows: inspection.rows.slice(0, PREVIEW_ROWS),
    format: inspection.format,
    suggestedMapping,
    detectedDateFormat: dates.format,
    ambiguousDates: dates.ambiguous,
  };
}
