import 'server-only';
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportJob, ImportThreadData, WorkerMessage } from './import-job';
import { describeError, runImportJob } from './run-import';
import { jobOf } from './thread-job';

/** Entry of the import thread: runs one import job and reports how it ended. */
const data = workerData as ImportThreadData;

void jobOf(data.run)
  .then((run: ImportJob) => runImportJob(run, {}, data.readerPort))
  .then(
    (phases) => parentPort?.postMessage({ type: 'done', phases } satisfies WorkerMessage),
    (error: unknown) => parentPort?.postMessage({ type: 'failed', error: describeError(error) } satisfies WorkerMessage),
  );
