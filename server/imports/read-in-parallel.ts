import 'server-only';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { RowSink } from '@/lib/orders/normalise';
import { BatchUnpacker, buffersOf } from '@/lib/orders/order-batch';
import type { PipelineProgress } from '@/lib/orders/pipeline';
import type { ImportJob, ReaderMessage, ReaderThreadData } from './import-job';
import { READER_RESOURCE_LIMITS } from './reader-worker';
import { readerThreadEntry, WORKER_EXEC_ARGV } from './worker-entry';

/** A reader thread (reader-worker.ts), and the port its batches arrive on. */
export interface ReaderThread {
  worker: Worker;
  port: MessagePort;
}

/**
 * Starts the thread that reads the job's file. It starts reading at once, a few batches
 * ahead of whoever takes them from `port` (see MAX_BATCHES_IN_FLIGHT): started beside
 * the import thread rather than by it, it is ready by the time the import thread is. A
 * job of null: the thread loads meanwhile, and is given the job by a message.
 */
export function startReaderThread(job: ImportJob | null): ReaderThread {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(/* turbopackIgnore: true */ readerThreadEntry(), {
    workerData: { readerOf: job, port: port2 } satisfies ReaderThreadData,
    transferList: [port2],
    resourceLimits: READER_RESOURCE_LIMITS,
    execArgv: WORKER_EXEC_ARGV,
  });
  return { worker, port: port1 };
}

/**
 * Hands the orders a reader thread posts on `port` to `sink` on this thread as they
 * arrive: parsing and storing then run on two cores at once. Resolves like readOrders;
 * rejects with the reader's error, or the sink's. `reader` is the reader's thread when
 * this thread started it: its crash then fails the read, and a failure here stops it.
 * (Otherwise the thread that started both watches it: start-import.ts.)
 */
export function readOrdersInParallel(
  port: MessagePort,
  sink: RowSink,
  onProgress: (progress: PipelineProgress) => void,
  reader?: Worker,
): Promise<PipelineProgress> {
  return new Promise((resolve, reject) => {
    const unpacker = new BatchUnpacker();
    let settled = false;
    const finish = () => {
      settled = true;
      // Closing the port lets the reader thread end; one started here is stopped outright.
      port.close();
      void reader?.terminate();
    };
    const fail = (error: unknown) => {
      if (settled) return;
      finish();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    port.on('message', (message: ReaderMessage) => {
      if (settled) return;
      if (message.type === 'failed') return fail(new Error(message.error));
      try {
        unpacker.unpack(message.batch, sink);
        const progress = { rows: message.rows, bytes: message.bytes };
        onProgress(progress);
        if (message.type === 'done') {
          finish();
          resolve(progress);
        } else {
          // The acknowledgement gives the batch's buffers back, to be filled again.
          const buffers = buffersOf(message.batch);
          port.postMessage(buffers, [buffers.lengths, buffers.numbers]);
        }
      } catch (error) {
        fail(error);
      }
    });
    reader?.on('error', fail);
    reader?.on('exit', (code) => fail(new Error(`The file reader stopped unexpectedly (exit code ${code}).`)));
  });
}
