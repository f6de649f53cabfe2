import 'server-only';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerData, WorkerMessage } from './import-job';
import { runReader } from './reader-worker';
import { describeError, runImportJob } from './run-import';

/** Entry of the import worker threads: runs one import job and reports how it ended, or reads a file for one. */
const data = workerData as WorkerData;

if ('readerOf' in data) {
  void runReader(data.readerOf, data.port);
} else {
  runImportJob(data.run, {}, data.readerPort).then(
    (phases) => parentPort?.postMessage({ type: 'done', phases } satisfies WorkerMessage),
    (error: unknown) => parentPort?.postMessage({ type: 'failed', error: describeError(error) } satisfies WorkerMessage),
  );
}
