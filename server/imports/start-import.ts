import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath, getDbHandle, type Db } from '@/db/client';
import { createImportRecord, failInterruptedImports, markImportFailed } from '@/db/queries/imports';
import { removeUnusedHistoryFiles } from '@/db/history/files';
import { historyFilesInUse } from '@/db/queries/stores';
import { storeExists } from '@/db/queries/stores';
import type { DateFormat } from '@/lib/orders/dates';
import { ImportInputError } from '@/lib/orders/errors';
import { detectSampleDateFormat, inspectCsv, INSPECT_BYTES, type CsvInspection } from '@/lib/orders/inspect';
import {
  columnMappingSchema,
  importFormatSchema,
  importOptionsSchema,
  validateMapping,
  type ColumnMapping,
} from '@/lib/orders/mapping';
import { missingShopifyColumns } from '@/lib/orders/shopify';
import { invalidatePreparedStore } from '@/server/analytics/prepared-stores';
import type { ImportJob, WorkerMessage } from './import-job';
import type { ImportPhases } from './import-phases';
import { describeError, runImportJob, type RunHooks } from './run-import';
import { ImportThreads } from './import-threads';

export { ImportInputError } from '@/lib/orders/errors';

export interface StartImportInput {
  storeId: string;
  /** The uploaded file on disk; the caller deletes it after the import ends (see `done`). */
  filePath: string;
  fileName: string;
  format?: 'shopify' | 'generic';
  /** Field → column name, for generic files. */
  mapping?: ColumnMapping | Record<string, unknown>;
  timezone?: string;
  dateFormat?: 'auto' | DateFormat;
}

export interface StartedImport {
  importId: string;
  /** Settles when the import has finished: with its phase timings when done, undefined when failed; never rejects. */
  done: Promise<ImportPhases | undefined>;
}

export interface StartImportOptions {
  /** Run on the calling thread instead of a worker (tests, benchmarks). */
  inProcess?: boolean;
  hooks?: RunHooks;
  db?: Db;
  databaseFile?: string;
  /** Parse in a reader thread while storing (default: for files of PARALLEL_READ_MIN_BYTES and more). */
  parallelRead?: boolean;
}

/**
 * From this size on, a reader thread parses the file while the import thread stores it.
 * Below it, starting a second thread costs more than it saves.
 */
export const PARALLEL_READ_MIN_BYTES = 16 * 1024 * 1024;

/** Thrown when the store does not exist (the API answers 404). */
export class UnknownStoreError extends Error {
  constructor(storeId: string) {
    super(`Store ${storeId} does not exist.`);
    this.name = 'UnknownStoreError';
  }
}

/** Largest accepted upload; the API answers 413 above it. */
export function maxImportBytes(): number {
  const configured = Number(process.env.IMPORT_MAX_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : 1024 * 1024 * 1024;
}

interface RunnerState {
  recovered: boolean;
  /** Per store, the promise of the last import queued (imports of a store run one at a time). */
  queues: Map<string, Promise<unknown>>;
}

// Shared by server.ts and Next's route bundles (they are separate module graphs).
const globalForImports = globalThis as unknown as { __loopmapImports?: RunnerState };

function runnerState(): RunnerState {
  globalForImports.__loopmapImports ??= { recovered: false, queues: new Map() };
  return globalForImports.__loopmapImports;
}

/**
 * Marks imports left running by a dead process as failed and deletes the history files
 * they were writing (any file no store names).
 * Runs once per process, before the first import starts.
 */
export function recoverInterruptedImports(db: Db = getDbHandle().db, databaseFile = databasePath()): number {
  const state = runnerState();
  if (state.recovered) return 0;
  state.recovered = true;
  const failed = failInterruptedImports(db);
  removeUnusedHistoryFiles(databaseFile, historyFilesInUse(db));
  // Where imports staged their data before histories had files of their own.
  fs.rmSync(path.join(path.dirname(path.resolve(databaseFile)), 'import-staging'), { recursive: true, force: true });
  return failed;
}

function readSample(filePath: string, size: number): Uint8Array {
  const length = Math.min(size, INSPECT_BYTES);
  const buffer = Buffer.alloc(length);
  const fd = fs.openSync(filePath, 'r');
  try {
    let read = 0;
    while (read < length) {
      const n = fs.readSync(fd, buffer, read, length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

function zodMessage(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || 'value'}: ${issue.message}`).join('; ');
}

/** Checks the request against the file; returns the mapping to use. Throws ImportInputError. */
function checkColumns(inspection: CsvInspection, format: 'shopify' | 'generic', rawMapping: unknown): ColumnMapping | null {
  if (format === 'shopify') {
    const missing = missingShopifyColumns(inspection.header);
    if (missing.length > 0) {
      throw new ImportInputError(
        'missing-columns',
        `This is not a complete Shopify order export: missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}.`,
        missing,
      );
    }
    return null;
  }
  if (rawMapping === undefined || rawMapping === null) {
    throw new ImportInputError('invalid-mapping', 'This file is not a Shopify order export: a column mapping is needed.');
  }
  const parsed = columnMappingSchema.safeParse(rawMapping);
  if (!parsed.success) throw new ImportInputError('invalid-mapping', `Invalid mapping: ${zodMessage(parsed.error)}`);
  const mapping = Object.fromEntries(Object.entries(parsed.data).filter(([, column]) => column)) as ColumnMapping;
  const problems = validateMapping(inspection.header, mapping);
  const unknown = problems.filter((p) => p.column && !inspection.header.includes(p.column)).map((p) => p.column!);
  if (unknown.length > 0) {
    throw new ImportInputError(
      'unknown-columns',
      `The mapping names column${unknown.length > 1 ? 's' : ''} not in the file: ${unknown.map((c) => `"${c}"`).join(', ')}.`,
      unknown,
    );
  }
  if (problems.length > 0) {
    throw new ImportInputError('missing-columns', problems.map((p) => p.message).join('; '), problems.map((p) => p.field ?? ''));
  }
  return mapping;
}

function chooseDateFormat(inspection: CsvInspection, mapping: ColumnMapping | null, requested: 'auto' | DateFormat): DateFormat {
  if (requested !== 'auto') return requested;
  const detection = detectSampleDateFormat(inspection, mapping?.createdAt);
  if (detection.format) return detection.format;
  if (detection.ambiguous) {
    throw new ImportInputError(
      'ambiguous-dates',
      'The dates could be month-first (M/D/YYYY) or day-first (D/M/YYYY) and the file does not tell: choose the date format.',
      mapping?.createdAt ? [mapping.createdAt] : [],
    );
  }
  const sawDayMonth = inspection.rows.length > 0;
  if (!sawDayMonth) return 'YYYY-MM-DD';
  // Mixed day-first and month-first dates, or no readable dates in the first rows: rows
  // are read as ISO and those that are not are rejected with their reason.
  return 'YYYY-MM-DD';
}

/**
 * Validates the request against the file's header (synchronously: a problem throws
 * ImportInputError naming the columns, and nothing is recorded), records the import as
 * running, and queues it behind the store's running import. The import itself runs in a
 * worker thread so this process stays responsive.
 */
export function startImport(input: StartImportInput, options: StartImportOptions = {}): StartedImport {
  const db = options.db ?? getDbHandle().db;
  const databaseFile = options.databaseFile ?? databasePath();
  recoverInterruptedImports(db, databaseFile);
  if (!storeExists(input.storeId, db)) throw new UnknownStoreError(input.storeId);

  const stat = fs.statSync(input.filePath);
  if (stat.size > maxImportBytes()) {
    throw new ImportInputError('file-too-large', `The file is larger than the limit of ${Math.round(maxImportBytes() / 1024 / 1024)} MB.`);
  }
  if (stat.size === 0) throw new ImportInputError('empty-file', 'The file is empty.');
  const parallelRead = options.parallelRead ?? stat.size >= PARALLEL_READ_MIN_BYTES;
  const queues = runnerState().queues;
  // With no import of the store to wait for, its threads load while the file is checked.
  const early = !options.inProcess && !queues.has(input.storeId) ? new ImportThreads(null, parallelRead) : null;
  try {
    return queueImport(input, options, { db, databaseFile, stat, parallelRead, early });
  } catch (error) {
    early?.stop();
    throw error;
  }
}

interface Checked {
  db: Db;
  databaseFile: string;
  stat: fs.Stats;
  parallelRead: boolean;
  early: ImportThreads | null;
}

/** Checks the file and the request, records the import and queues it (startImport, once the store and size are known). */
function queueImport(input: StartImportInput, options: StartImportOptions, checked: Checked): StartedImport {
  const { db, databaseFile, stat, parallelRead, early } = checked;
  const inspection = inspectCsv(readSample(input.filePath, stat.size), stat.size <= INSPECT_BYTES);

  const format = input.format === undefined ? inspection.format : importFormatSchema.parse(input.format);
  const mapping = checkColumns(inspection, format, input.mapping);
  const parsedOptions = importOptionsSchema.safeParse({ timezone: input.timezone, dateFormat: input.dateFormat });
  if (!parsedOptions.success) throw new ImportInputError('invalid-options', zodMessage(parsedOptions.error));
  const dateFormat = chooseDateFormat(inspection, mapping, parsedOptions.data.dateFormat);

  const importId = createImportRecord(
    {
      storeId: input.storeId,
      fileName: input.fileName,
      format,
      totalBytes: stat.size,
      options: {
        mapping,
        timezone: parsedOptions.data.timezone,
        dateFormat,
        encoding: inspection.encoding,
        delimiter: inspection.delimiter,
        header: inspection.header,
      },
    },
    db,
  );
  const job: ImportJob = {
    importId,
    storeId: input.storeId,
    databaseFile,
    filePath: input.filePath,
    totalBytes: stat.size,
    format,
    mapping,
    header: inspection.header,
    encoding: inspection.encoding,
    bomLength: inspection.bomLength,
    delimiter: inspection.delimiter,
    newline: inspection.newline,
    timezone: parsedOptions.data.timezone,
    dateFormat,
    parallelRead,
  };

  const queues = runnerState().queues;
  const previous = queues.get(input.storeId) ?? Promise.resolve();
  const run = () => (options.inProcess ? runImportJob(job, options.hooks) : runInWorker(job, early));
  const done = previous.then(run).then(
    (phases): ImportPhases | undefined => phases,
    (error: unknown) => {
      // The job marks itself failed; this covers a worker that died before it could.
      try {
        markImportFailed(importId, describeError(error), db);
      } catch (markError) {
        console.error(`import ${importId} failed (${describeError(error)}) and could not be marked failed:`, markError);
      }
      return undefined;
    },
  );
  queues.set(input.storeId, done);
  void done.finally(() => {
    if (queues.get(input.storeId) === done) queues.delete(input.storeId);
    // The store's figures are computed again from the new data on the next request.
    invalidatePreparedStore(input.storeId);
  });
  return { importId, done };
}

/**
 * Runs the job in its threads (import-threads.ts): started here, or already loading since
 * the file was checked. A reader that crashes stops the import thread, and the reader is
 * stopped when the import thread ends, however it ends.
 */
function runInWorker(job: ImportJob, early: ImportThreads | null): Promise<ImportPhases> {
  const threads = early ?? new ImportThreads(job, job.parallelRead);
  threads.begin(job);
  const { worker, reader } = threads;
  return new Promise((resolve, reject) => {
    let outcome: WorkerMessage | undefined;
    let ended = false;
    const readerStopped = (why: string) => {
      if (ended) return;
      outcome ??= { type: 'failed', error: `The file reader stopped unexpectedly: ${why}` };
      void worker.terminate();
    };
    reader?.worker.on('error', (error) => readerStopped(describeError(error)));
    reader?.worker.on('exit', (code) => {
      if (code !== 0) readerStopped(`exit code ${code}`);
    });
    worker.on('message', (message: WorkerMessage) => {
      outcome = message;
    });
    worker.on('error', (error) => {
      outcome ??= { type: 'failed', error: `The import stopped unexpectedly: ${describeError(error)}` };
    });
    worker.on('exit', (code) => {
      ended = true;
      void reader?.worker.terminate();
      if (outcome?.type === 'done') resolve(outcome.phases);
      else reject(new Error(outcome?.type === 'failed' ? outcome.error : `The import stopped unexpectedly (exit code ${code}).`));
    });
  });
}
