import 'server-only';
import type { MessagePort } from 'node:worker_threads';
import { openDatabase, type DbHandle } from '@/db/client';
import { markImportFailed, updateImportProgress } from '@/db/queries/imports';
import { HistoryBuilder } from '@/db/history/builder';
import { generationName, historyPath, makeDurable, removeHistoryFile } from '@/db/history/files';
import { publishGeneration, type PublishHooks } from '@/db/history/publish';
import { historyFileName } from '@/db/history/read';
import { deriveTimeline } from '@/db/history/timeline';
import type { RowSink } from '@/lib/orders/normalise';
import type { PipelineProgress } from '@/lib/orders/pipeline';
import type { ImportJob } from './import-job';
import { PhaseClock, type ImportPhases } from './import-phases';
import { readOrdersInParallel, startReaderThread } from './read-in-parallel';
import { jobFileChunks, readJobOrders } from './read-job-file';

/**
 * One import, start to end: stream the file into a new generation of the store's
 * history (parsed on this thread, or for large files in a reader thread while this one
 * stores), derive the timeline there, make the file durable and publish it in one
 * transaction. Any error leaves the store on its previous history and the import marked
 * failed with the reason. Runs inside the import worker thread, or in-process for tests
 * and benchmarks (same code).
 */

export interface RunHooks extends PublishHooks {
  /** Called after each chunk is read (tests inject faults here). */
  afterChunk?: (rowsSoFar: number) => void;
}

const PROGRESS_INTERVAL_MS = 250;

/** The share of a file read before the builder is told to expect the whole (HistoryBuilder.expectWholeFile). */
const SIZING_SHARE = 0.02;

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * `readerPort`: where the batches of a reader thread started beside this one arrive; with
 * job.parallelRead and no port, this thread starts the reader itself.
 */
export async function runImportJob(job: ImportJob, hooks: RunHooks = {}, readerPort?: MessagePort): Promise<ImportPhases> {
  let handle: DbHandle | undefined;
  let builder: HistoryBuilder | undefined;
  let published = false;
  try {
    handle = openDatabase(job.databaseFile);
    const db = handle.db;
    const startedFrom = historyFileName(job.storeId, db);
    builder = new HistoryBuilder({
      file: historyPath(job.databaseFile, generationName(job.storeId, job.importId)),
      startFrom: startedFrom === null ? null : historyPath(job.databaseFile, startedFrom),
      importId: job.importId,
    });
    const clock = new PhaseClock();
    let lastProgress = 0;
    let sized = false;
    const into = builder;
    const sink: RowSink = {
      order: (draft) => clock.storing(() => into.addOrder(draft)),
      reject: (row, reason, cells) => into.reject(row, reason, cells),
    };
    const onProgress = ({ rows, bytes }: PipelineProgress) => {
      hooks.afterChunk?.(rows);
      if (!sized && bytes >= job.totalBytes * SIZING_SHARE) {
        sized = true;
        into.expectWholeFile(bytes / job.totalBytes);
      }
      const now = Date.now();
      if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
        lastProgress = now;
        updateImportProgress(job.importId, rows, bytes, db);
      }
    };
    const result = job.parallelRead
      ? await readInParallel(job, readerPort, sink, onProgress)
      : await readJobOrders(job, jobFileChunks(job), sink, onProgress);
    clock.end('read');
    builder.finishReading();
    updateImportProgress(job.importId, result.rows, result.bytes, db);
    clock.end('finish');

    const sqlite = builder.db;
    sqlite.exec('BEGIN');
    deriveTimeline(sqlite, into.purchases, (id) => into.orderIdOf(id), into.startedFromCopy, into.spareMemory);
    sqlite.exec('COMMIT');
    const totals = builder.totals();
    clock.end('timeline');

    makeDurable(builder.file);
    const replaced = publishGeneration(
      sqlite,
      job.databaseFile,
      {
        storeId: job.storeId,
        importId: job.importId,
        file: builder.file,
        startedFrom,
        processedRows: result.rows,
        processedBytes: result.bytes,
        totals,
      },
      hooks,
    );
    published = true;
    builder.close();
    if (replaced !== null) {
      try {
        removeHistoryFile(historyPath(job.databaseFile, replaced));
      } catch {
        // The import is done; a file left behind is deleted at the next start.
      }
    }
    clock.end('publish');
    return clock.phases;
  } catch (error) {
    if (handle) markImportFailed(job.importId, describeError(error), handle.db);
    throw error;
  } finally {
    if (builder && !published) builder.destroy();
    else if (builder?.db.open) builder.close();
    handle?.sqlite.close();
  }
}

/** Reads the job's file in a reader thread: the one started beside this thread, or one started here. */
function readInParallel(
  job: ImportJob,
  readerPort: MessagePort | undefined,
  sink: RowSink,
  onProgress: (progress: PipelineProgress) => void,
): Promise<PipelineProgress> {
  if (readerPort) return readOrdersInParallel(readerPort, sink, onProgress);
  const reader = startReaderThread(job);
  return readOrdersInParallel(reader.port, sink, onProgress, reader.worker);
}
