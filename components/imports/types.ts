import type { ColumnMapping, MappingField } from '@/lib/orders/mapping';
import type { DateFormat } from '@/lib/orders/dates';

/** An import as GET /api/imports/:id returns it (dates as ISO strings, UTC). */
export interface ImportRecordView {
  id: string;
  storeId: string;
  fileName: string;
  format: 'shopify' | 'generic';
  status: 'running' | 'done' | 'failed';
  processedRows: number;
  processedBytes: number;
  totalBytes: number;
  orders: number;
  purchases: number;
  customers: number;
  lines: number;
  /** Reason → rows skipped for it. */
  skipped: Record<string, number>;
  error?: string;
  dateRange: { from: string; to: string } | null;
  revenue: number;
  anonymousOrders: number;
  startedAt: string;
  finishedAt: string | null;
}

/** What POST /api/stores/:id/imports/preview answers: the beginning of the file, read. */
export interface CsvPreviewView {
  encoding: string;
  delimiter: string;
  header: string[];
  /** The first rows (at most 20), cells in header order. */
  rows: string[][];
  format: 'shopify' | 'generic';
  suggestedMapping: ColumnMapping;
  detectedDateFormat: DateFormat | null;
  ambiguousDates: boolean;
}

export interface MappingPresetView {
  id: string;
  name: string;
  mapping: Partial<Record<MappingField, string>>;
  options: { timezone?: string; dateFormat?: string };
}

/** The choices made on the mapping screen, sent with the file. */
export interface GenericImportChoice {
  mapping: ColumnMapping;
  timezone: string;
  dateFormat: DateFormat | 'auto';
}
