import 'server-only';
import { Worker } from 'node:worker_threads';
import type { ImportJob, ImportThreadData } from './import-job';
import { startReaderThread, type ReaderThread } from './read-in-parallel';
import { IMPORT_YOUNG_GENERATION_MB, steadyYoungGenerations } from './young-generation';
import { importThreadEntry, WORKER_EXEC_ARGV } from './worker-entry';

/**
 * The import thread's heap. What it allocates per order (the orders as they arrive, the
 * values bound to each statement) dies young; V8's default young generation, up to 48 MB,
 * would only hold more of it before each collection, and that is resident memory. The
 * reader thread's limit is the same (reader-worker.ts).
 */
const IMPORT_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: IMPORT_YOUNG_GENERATION_MB } as const;

/**
 * The threads of one import: the import thread, and for a large file a reader thread
 * beside it, joined by a channel. They can be started before the job is known, so that
 * they load (a fifth of a second) while this thread checks the file; begin() gives them
 * the job, stop() ends them if there is none.
 */
export class ImportThreads {
  readonly worker: Worker;
  readonly reader: ReaderThread | null;
  private started: boolean;

  constructor(job: ImportJob | null, parallelRead: boolean) {
    steadyYoungGenerations();
    this.started = job !== null;
    this.reader = parallelRead ? startReaderThread(job) : null;
    this.worker = new Worker(/* turbopackIgnore: true */ importThreadEntry(), {
      workerData: { run: job, readerPort: this.reader?.port } satisfies ImportThreadData,
      transferList: this.reader ? [this.reader.port] : [],
      resourceLimits: IMPORT_RESOURCE_LIMITS,
      execArgv: WORKER_EXEC_ARGV,
    });
  }

  /** Gives threads started without a job their job. */
  begin(job: ImportJob): void {
    if (this.started) return;
    this.started = true;
    this.reader?.worker.postMessage(job);
    this.worker.postMessage(job);
  }

  /** Ends both threads, whatever they are doing. */
  stop(): void {
    void this.reader?.worker.terminate();
    void this.worker.terminate();
  }
}
