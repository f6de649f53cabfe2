import 'server-only';
import type { MessagePort } from 'node:worker_threads';
import { BatchWriter, type BatchBuffers } from '@/lib/orders/order-batch';
import type { ImportJob, ReaderMessage } from './import-job';
import { jobFileChunks, readJobOrders } from './read-job-file';
import { IMPORT_YOUNG_GENERATION_MB } from './young-generation';

/**
 * The reader thread of a parallel import: reads, parses and normalises the file, posting
 * the orders of each chunk on `port` to the import thread, which stores them meanwhile,
 * acknowledging each batch by giving its buffers back. The thread ends when the import
 * thread closes the port. At most MAX_BATCHES_IN_FLIGHT batches wait unacknowledged, so
 * memory stays bounded when storing is the slower side.
 *
 * One batch per 64 KB chunk, posted at once: its orders, and the chunk text their strings
 * point into, die young. Batches kept for a megabyte of file outlived the reader's
 * scavenges and made two seconds of full collections per million rows.
 */
export const MAX_BATCHES_IN_FLIGHT = 16;

/**
 * The reader thread's heap. Parsing makes many short-lived strings, and the parse is fast
 * only while they die in V8's cheap scavenges (young-generation.ts). The benchmark's
 * parse-only run uses the same limits, so it measures the same parser.
 */
export const READER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: IMPORT_YOUNG_GENERATION_MB } as const;

export async function runReader(job: ImportJob, port: MessagePort): Promise<void> {
  let inFlight = 0;
  let wakeUp: (() => void) | null = null;
  const writer = new BatchWriter();
  port.on('message', (buffers: BatchBuffers) => {
    inFlight--;
    writer.recycle(buffers);
    wakeUp?.();
    wakeUp = null;
  });
  async function* paced(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
    for await (const chunk of chunks) {
      while (inFlight >= MAX_BATCHES_IN_FLIGHT) await new Promise<void>((resolve) => (wakeUp = resolve));
      yield chunk;
    }
  }

  const post = (type: 'batch' | 'done', rows: number, bytes: number) => {
    inFlight++;
    const { batch, transfer } = writer.take();
    port.postMessage({ type, batch, rows, bytes } satisfies ReaderMessage, transfer);
  };
  try {
    const result = await readJobOrders(job, paced(jobFileChunks(job)), writer, ({ rows, bytes }) => post('batch', rows, bytes));
    post('done', result.rows, result.bytes);
  } catch (error) {
    port.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) } satisfies ReaderMessage);
  }
}
