import 'server-only';
import { openDatabase, type DbHandle } from '@/db/client';
import { markImportFailed, updateImportProgress } from '@/db/queries/imports';
import { StagingStore, stagingFile } from '@/db/queries/import-staging';
import { attachStaging, commitMerge, detachStaging, prepareMerge, type MergeHooks } from '@/db/queries/import-merge';
import type { RowSink } from '@/lib/orders/normalise';
import type { PipelineProgress } from '@/lib/orders/pipeline';
import type { ImportJob } from './import-job';
import { PhaseClock, type ImportPhases } from './import-phases';
import { readOrdersInParallel } from './read-in-parallel';
import { jobFileChunks, readJobOrders } from './read-job-file';

/**
 * One import, start to end, on a database connection of its own: stream the file into a
 * staging database (parsed on this thread, or for large files in a reader thread while
 * this one stores), prepare the merge, commit it in one transaction. Any error leaves
 * the store untouched and the import marked failed with the reason. Runs inside the
 * import worker thread, or in-process for tests and benchmarks (same code).
 */

export interface RunHooks extends MergeHooks {
  /** Called after each chunk is read (tests inject faults here). */
  afterChunk?: (rowsSoFar: number) => void;
}

const PROGRESS_INTERVAL_MS = 250;

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export async function runImportJob(job: ImportJob, hooks: RunHooks = {}): Promise<ImportPhases> {
  let handle: DbHandle | undefined;
  let staging: StagingStore | undefined;
  try {
    handle = openDatabase(job.databaseFile);
    // The merge may wait for the app's own short writes; it never gives up quickly.
    handle.sqlite.pragma('busy_timeout = 60000');
    staging = new StagingStore(stagingFile(job.databaseFile, job.importId));
    const clock = new PhaseClock();
    let lastProgress = 0;
    const db = handle.db;
    const stagingStore = staging;
    const sink: RowSink = {
      order: (draft) => clock.storing(() => stagingStore.addOrder(draft)),
      reject: (row, reason, cells) => stagingStore.reject(row, reason, cells),
    };
    const onProgress = ({ rows, bytes }: PipelineProgress) => {
      hooks.afterChunk?.(rows);
      const now = Date.now();
      if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
        lastProgress = now;
        updateImportProgress(job.importId, rows, bytes, db);
      }
    };
    const result = job.parallelRead
      ? await readOrdersInParallel(job, sink, onProgress)
      : await readJobOrders(job, jobFileChunks(job), sink, onProgress);
    clock.end('read');
    staging.finishReading();
    staging.close();
    updateImportProgress(job.importId, result.rows, result.bytes, db);
    clock.end('finish');

    attachStaging(handle.sqlite, staging.file);
    try {
      const totals = prepareMerge(handle.sqlite, job.storeId);
      clock.end('prepare');
      commitMerge(
        handle.sqlite,
        { storeId: job.storeId, importId: job.importId, processedRows: result.rows, processedBytes: result.bytes, totals },
        hooks,
      );
      clock.end('commit');
    } finally {
      detachStaging(handle.sqlite);
    }
    return clock.phases;
  } catch (error) {
    if (handle) markImportFailed(job.importId, describeError(error), handle.db);
    throw error;
  } finally {
    staging?.destroy();
    handle?.sqlite.close();
  }
}
