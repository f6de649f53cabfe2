import 'server-only';
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportJob, WorkerData, WorkerMessage } from './import-job';
import { runReader } from './reader-worker';
import { describeError, runImportJob } from './run-import';

/** Entry of the import worker threads: runs one import job and reports how it ended, or reads a file for one. */
const data = workerData as WorkerData;

/** The job given at start, or else the first message. */
function job(given: ImportJob | null): Promise<ImportJob> {
  return given ? Promise.resolve(given) : new Promise((resolve) => parentPort!.once('message', resolve));
}

if ('readerOf' in data) {
  const port = data.port;
  void job(data.readerOf).then((readerOf) => runReader(readerOf, port));
} else {
  const readerPort = data.readerPort;
  void job(data.run)
    .then((run) => runImportJob(run, {}, readerPort))
    .then(
      (phases) => parentPort?.postMessage({ type: 'done', phases } satisfies WorkerMessage),
      (error: unknown) => parentPort?.postMessage({ type: 'failed', error: describeError(error) } satisfies WorkerMessage),
    );
}
