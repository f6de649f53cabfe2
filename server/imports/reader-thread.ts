import 'server-only';
import { workerData } from 'node:worker_threads';
import type { ReaderThreadData } from './import-job';
import { runReader } from './reader-worker';
import { jobOf } from './thread-job';

/**
 * Entry of the reader thread (reader-worker.ts), compiled apart from the import thread's:
 * it loads only the parser and the order rules, not SQLite and the database layer, and
 * so starts reading sooner.
 */
const data = workerData as ReaderThreadData;

void jobOf(data.readerOf).then((job) => runReader(job, data.port));
