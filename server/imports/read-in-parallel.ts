import 'server-only';
import { Worker } from 'node:worker_threads';
import type { RowSink } from '@/lib/orders/normalise';
import { unpackBatch } from '@/lib/orders/order-batch';
import type { PipelineProgress } from '@/lib/orders/pipeline';
import type { ImportJob, ReaderMessage, WorkerData } from './import-job';
import { READER_RESOURCE_LIMITS } from './reader-worker';
import { workerEntry } from './worker-entry';

/**
 * Reads the job's file in a reader thread (reader-worker.ts) and hands its orders to
 * `sink` on this thread as they arrive: parsing and storing then run on two cores at
 * once. Resolves like readOrders; rejects with the reader's error, or the sink's (and
 * then stops the reader).
 */
export function readOrdersInParallel(
  job: ImportJob,
  sink: RowSink,
  onProgress: (progress: PipelineProgress) => void,
): Promise<PipelineProgress> {
  return new Promise((resolve, reject) => {
    const reader = new Worker(/* turbopackIgnore: true */ workerEntry(), {
      workerData: { readerOf: job } satisfies WorkerData,
      resourceLimits: READER_RESOURCE_LIMITS,
    });
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      void reader.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    reader.on('message', (message: ReaderMessage) => {
      if (settled) return;
      if (message.type === 'failed') return fail(new Error(message.error));
      try {
        unpackBatch(message.batch, sink);
        const progress = { rows: message.rows, bytes: message.bytes };
        onProgress(progress);
        if (message.type === 'done') {
          settled = true;
          // Its work is done; a thread left running would keep this one from ending.
          void reader.terminate();
          resolve(progress);
        } else {
          reader.postMessage('ack');
        }
      } catch (error) {
        fail(error);
      }
    });
    reader.on('error', fail);
    reader.on('exit', (code) => fail(new Error(`The file reader stopped unexpectedly (exit code ${code}).`)));
  });
}
