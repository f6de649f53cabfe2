import 'server-only';
import { randomUUID } from 'node:crypto';
import { asc, desc, eq } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { imports, importRejectedRows } from '../schema';
import { toSafeCsv } from '@/lib/orders/csv-output';

export type ImportStatus = 'running' | 'done' | 'failed';

export interface ImportView {
  id: string;
  storeId: string;
  fileName: string;
  format: 'shopify' | 'generic';
  status: ImportStatus;
  processedRows: number;
  processedBytes: number;
  totalBytes: number;
  orders: number;
  purchases: number;
  customers: number;
  lines: number;
  /** Reason → number of rows skipped for it. */
  skipped: Record<string, number>;
  error?: string;
  dateRange: { from: Date; to: Date } | null;
  /** Net revenue of the imported purchases (totals less refunds). */
  revenue: number;
  anonymousOrders: number;
  startedAt: Date;
  finishedAt: Date | null;
}

type ImportRecord = typeof imports.$inferSelect;

function toView(row: ImportRecord): ImportView {
  return {
    id: row.id,
    storeId: row.storeId,
    fileName: row.fileName,
    format: row.format,
    status: row.status,
    processedRows: row.processedRows,
    processedBytes: row.processedBytes,
    totalBytes: row.totalBytes,
    orders: row.orders,
    purchases: row.purchases,
    customers: row.customers,
    lines: row.lines,
    skipped: JSON.parse(row.skipped) as Record<string, number>,
    ...(row.error ? { error: row.error } : {}),
    dateRange: row.firstOrderAt && row.lastOrderAt ? { from: row.firstOrderAt, to: row.lastOrderAt } : null,
    revenue: Math.round(row.revenue * 100) / 100,
    anonymousOrders: row.anonymousOrders,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

export function getImport(id: string, db: Db = getDb()): ImportView | undefined {
  const row = db.select().from(imports).where(eq(imports.id, id)).get();
  return row ? toView(row) : undefined;
}

/** A store's imports, newest first. */
export function listImports(storeId: string, db: Db = getDb()): ImportView[] {
  return db.select().from(imports).where(eq(imports.storeId, storeId)).orderBy(desc(imports.startedAt)).all().map(toView);
}

export interface NewImport {
  storeId: string;
  fileName: string;
  format: 'shopify' | 'generic';
  options: Record<string, unknown>;
  totalBytes: number;
}

/** Records an import as running; the worker fills in progress and results. */
export function createImportRecord(input: NewImport, db: Db = getDb()): string {
  const id = randomUUID();
  db.insert(imports)
    .values({
      id,
      storeId: input.storeId,
      fileName: input.fileName,
      format: input.format,
      options: JSON.stringify(input.options),
      status: 'running',
      totalBytes: input.totalBytes,
      startedAt: new Date(),
    })
    .run();
  return id;
}

export function updateImportProgress(id: string, processedRows: number, processedBytes: number, db: Db = getDb()): void {
  db.update(imports).set({ processedRows, processedBytes }).where(eq(imports.id, id)).run();
}

/** Marks a running import failed. Returns false when it was not running any more. */
export function markImportFailed(id: string, error: string, db: Db = getDb()): boolean {
  return (
    db.$client
      .prepare("UPDATE imports SET status = 'failed', error = ?, finished_at = ? WHERE id = ? AND status = 'running'")
      .run(error, Date.now(), id).changes > 0
  );
}

/**
 * Imports left `running` by a process that died. Only the process that runs imports may
 * call this, once at start, before it starts any import.
 */
export function failInterruptedImports(db: Db = getDb()): number {
  return db.$client
    .prepare(
      "UPDATE imports SET status = 'failed', error = 'The import was interrupted (the server stopped while it ran); nothing was changed.', finished_at = ? WHERE status = 'running'",
    )
    .run(Date.now()).changes;
}

/**
 * The rejected rows of an import as CSV: original row number, reason, then the row's
 * original cells. Every cell is neutralised against spreadsheet formula injection.
 */
export function rejectedRowsCsv(importId: string, db: Db = getDb()): string {
  const record = db.select({ options: imports.options }).from(imports).where(eq(imports.id, importId)).get();
  const fileHeader = record ? ((JSON.parse(record.options) as { header?: string[] }).header ?? []) : [];
  const rows = db
    .select({ rowNumber: importRejectedRows.rowNumber, reason: importRejectedRows.reason, cells: importRejectedRows.cells })
    .from(importRejectedRows)
    .where(eq(importRejectedRows.importId, importId))
    .orderBy(asc(importRejectedRows.rowNumber))
    .all()
    .map((row) => ({ ...row, cells: JSON.parse(row.cells) as string[] }));
  const width = rows.reduce((max, row) => Math.max(max, row.cells.length), fileHeader.length);
  const header = ['row', 'reason', ...Array.from({ length: width }, (_, i) => fileHeader[i] ?? `column ${i + 1}`)];
  return toSafeCsv([header, ...rows.map((row) => [String(row.rowNumber), row.reason, ...row.cells])]);
}

/**
 * What the data of a store is as of now: how many imports finished and when the latest
 * did ("" when none). Any import that finishes changes it, even two in one millisecond.
 */
export interface StoreDataVersion {
  exists: boolean;
  key: string;
}

export function storeDataVersion(storeId: string, db: Db = getDb()): StoreDataVersion {
  const row = db.$client
    .prepare(
      `SELECT EXISTS(SELECT 1 FROM stores WHERE id = ?) AS present,
              (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE count(*) || '@' || max(finished_at) END
                 FROM imports WHERE store_id = ? AND status = 'done') AS latest`,
    )
    .get(storeId, storeId) as { present: number; latest: string | null };
  return { exists: row.present === 1, key: row.latest ?? '' };
}
