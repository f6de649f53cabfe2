import type { Delimiter, Newline } from '@/lib/orders/csv';
import type { DateFormat } from '@/lib/orders/dates';
import type { TextEncodingName } from '@/lib/orders/encoding';
import type { ColumnMapping } from '@/lib/orders/mapping';
import type { MessagePort } from 'node:worker_threads';
import type { OrderBatch } from '@/lib/orders/order-batch';
import type { ImportPhases } from './import-phases';

/** Everything an import run needs, checked up front; plain data so it can cross to a worker. */
export interface ImportJob {
  importId: string;
  storeId: string;
  databaseFile: string;
  filePath: string;
  /** The file's size when it was checked. */
  totalBytes: number;
  format: 'shopify' | 'generic';
  mapping: ColumnMapping | null;
  header: string[];
  encoding: TextEncodingName;
  bomLength: number;
  delimiter: Delimiter;
  newline: Newline;
  timezone: string;
  dateFormat: DateFormat;
  /** Read and parse the file in a thread of its own while this one stores the orders. */
  parallelRead: boolean;
}

/**
 * What the import thread is started with: the job to run, and the port of its reader
 * thread when one reads the file beside it. A job of null: the thread was started while
 * the file was still being checked, and gets its job as its first message.
 */
export interface ImportThreadData {
  run: ImportJob | null;
  readerPort?: MessagePort;
}

/** What a reader thread is started with: the job whose file it reads (or null, as above), and the port it posts batches on. */
export interface ReaderThreadData {
  readerOf: ImportJob | null;
  port: MessagePort;
}

/** Messages an import worker posts to the thread that started it. */
export type WorkerMessage = { type: 'done'; phases: ImportPhases } | { type: 'failed'; error: string };

/**
 * Messages a reader thread posts to its import thread: a batch after each chunk of the
 * file (rows and bytes read so far), the last one as `done`, or why reading failed.
 */
export type ReaderMessage = { type: 'batch' | 'done'; batch: OrderBatch; rows: number; bytes: number } | { type: 'failed'; error: string };
