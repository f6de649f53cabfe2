import 'server-only';
import type { MessagePort } from 'node:worker_threads';
import { emptyBatch, packingSink, type OrderBatch } from '@/lib/orders/order-batch';
import type { ImportJob, ReaderMessage } from './import-job';
import { jobFileChunks, readJobOrders } from './read-job-file';

/**
 * The reader thread of a parallel import: reads, parses and normalises the file, posting
 * the orders of each chunk to the import thread, which stores them meanwhile. At most
 * MAX_BATCHES_IN_FLIGHT batches wait unacknowledged, so memory stays bounded when
 * storing is the slower side.
 */
export const MAX_BATCHES_IN_FLIGHT = 2;

/**
 * The reader thread's heap. Parsing a 1 MB chunk makes some thousand rows of short-lived
 * strings; with V8's default young generation they outlive its scavenges, get promoted
 * and are only freed by full collections, which then dominate the parse. A young
 * generation that holds a chunk's garbage frees it cheaply and keeps the old one small.
 * (The benchmark's parse-only run uses the same limits, so it measures the same parser.)
 */
export const READER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 48 } as const;

export async function runReader(job: ImportJob, port: MessagePort): Promise<void> {
  let inFlight = 0;
  let wakeUp: (() => void) | null = null;
  port.on('message', () => {
    inFlight--;
    wakeUp?.();
    wakeUp = null;
  });
  async function* paced(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
    for await (const chunk of chunks) {
      while (inFlight >= MAX_BATCHES_IN_FLIGHT) await new Promise<void>((resolve) => (wakeUp = resolve));
      yield chunk;
    }
  }

  let batch: OrderBatch = emptyBatch();
  const post = (type: 'batch' | 'done', rows: number, bytes: number) => {
    inFlight++;
    port.postMessage({ type, batch, rows, bytes } satisfies ReaderMessage);
    batch = emptyBatch();
  };
  try {
    const result = await readJobOrders(job, paced(jobFileChunks(job)), packingSink(() => batch), ({ rows, bytes }) => post('batch', rows, bytes));
    post('done', result.rows, result.bytes);
  } catch (error) {
    port.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) } satisfies ReaderMessage);
  }
}
