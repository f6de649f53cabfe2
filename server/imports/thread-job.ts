import 'server-only';
import { parentPort } from 'node:worker_threads';
import type { ImportJob } from './import-job';

/** An import's thread's job: the one it was started with, or else the first message it gets (see ImportThreads). */
export function jobOf(given: ImportJob | null): Promise<ImportJob> {
  return given ? Promise.resolve(given) : new Promise((resolve) => parentPort!.once('message', resolve));
}
