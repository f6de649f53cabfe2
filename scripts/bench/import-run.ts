/**
 * One measured run of the import benchmark, in a process of its own so its peak RSS is
 * its own. Prints one JSON line.
 *   import-run.ts parse FILE            parse only: the import's file chunks, decoder and papaparse, in a
 *                                       thread with the same heap limits as the import's reader thread
 *   import-run.ts import FILE DB_FILE   the import as the UI runs it (worker thread)
 */
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { openDatabase } from '@/db/client';
import { getImport } from '@/db/queries/imports';
import { createStore } from '@/db/queries/stores';
import { inspectCsv, INSPECT_BYTES } from '@/lib/orders/inspect';
import { readRecords } from '@/lib/orders/pipeline';
import { fileChunks } from '@/server/imports/read-job-file';
import { READER_RESOURCE_LIMITS } from '@/server/imports/reader-worker';
import { steadyYoungGenerations } from '@/server/imports/young-generation';
import { startImport } from '@/server/imports/start-import';

const [mode, file, databaseFile] = process.argv.slice(2);

/** CPU seconds of the whole process (all threads) since `since`. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The parse itself, timed in the thread that runs it. */
async function timedParse(): Promise<{ records: number; ms: number }> {
  const fd = fs.openSync(file, 'r');
  const sample = Buffer.alloc(INSPECT_BYTES);
  const n = fs.readSync(fd, sample, 0, INSPECT_BYTES, 0);
  fs.closeSync(fd);
  const started = performance.now();
  const inspection = inspectCsv(sample.subarray(0, n), n < INSPECT_BYTES);
  let records = 0;
  await readRecords(fileChunks(file), inspection, (batch) => {
    records += batch.length;
  });
  return { records, ms: performance.now() - started };
}

/** Parse only, in a thread with the import's reader-thread heap limits: the same parser as the import runs. */
async function parseOnly() {
  steadyYoungGenerations(); // as startImport does for every import
  const cpu = process.cpuUsage();
  const worker = new Worker(`require('./server/imports/register-ts.cjs'); require('./scripts/bench/import-run.ts');`, {
    eval: true,
    argv: process.argv.slice(2),
    resourceLimits: READER_RESOURCE_LIMITS,
  });
  const { records, ms } = await new Promise<{ records: number; ms: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  return { mode, records, ms, cpuS: cpuSeconds(cpu), peakRssMb: peakRssMb() };
}

async function importRun() {
  const { db } = openDatabase(databaseFile);
  const storeId = createStore('Bench', db);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { importId, done } = startImport({ storeId, filePath: file, fileName: 'bench.csv' }, { db, databaseFile });
  const phases = await done;
  const ms = performance.now() - started;
  loop.disable();
  const result = getImport(importId, db)!;
  if (result.status !== 'done') throw new Error(`import failed: ${result.error}`);
  return {
    mode,
    ms,
    cpuS: cpuSeconds(cpu),
    peakRssMb: peakRssMb(),
    rows: result.processedRows,
    bytes: result.processedBytes,
    orders: result.orders,
    customers: result.customers,
    lines: result.lines,
    eventLoopP99Ms: loop.percentile(99) / 1e6,
    eventLoopMaxMs: loop.max / 1e6,
    ...Object.fromEntries(Object.entries(phases ?? {}).map(([phase, phaseMs]) => [`${phase}Ms`, phaseMs])),
  };
}

if (!isMainThread) {
  void timedParse().then((result) => parentPort!.postMessage(result));
} else {
  (mode === 'parse' ? parseOnly() : importRun()).then(
    (result) => {
      console.log(JSON.stringify(result));
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
