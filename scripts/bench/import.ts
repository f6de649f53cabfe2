/**
 * The import benchmark (`npm run bench:import`): generates Shopify-format files of 250k
 * and 1M line rows, imports each through the same code path as the UI (startImport →
 * worker thread → new history file → timeline → publish), each run in a
 * fresh process, and prints end-to-end rows/s, MB/s, peak RSS, the parse-only throughput
 * of the same reader and the ratio. With a built app (or BENCH_SERVER=dev) it also starts
 * the real server and measures GET /api/health while an upload is imported.
 *
 * Each size is measured BENCH_RUNS times (default 5), parse-only and import alternating, and
 * the median run of each is reported: on a shared 2-core machine single runs vary by ±20%,
 * and the machine's speed drifts over minutes, so each import is also compared with the
 * parse-only run just before it, and the median of those ratios printed too.
 *
 * Env: BENCH_DIR (default /tmp/loopmap-bench), BENCH_SIZES (default 250000,1000000),
 *      BENCH_SERVER=skip|dev|prod (default prod when a build exists, else skip),
 *      BENCH_PORT (default 3191).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildProductionApp, productionServerArgs } from './production-server';

const dir = process.env.BENCH_DIR ?? '/tmp/loopmap-bench';
const sizes = (process.env.BENCH_SIZES ?? '250000,1000000').split(',').map(Number);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const node = process.execPath;
const tsxArgs = ['--require', './server/imports/register-ts.cjs'];

fs.mkdirSync(dir, { recursive: true });

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const serverMode = process.env.BENCH_SERVER ?? (fs.existsSync(path.join(distDir, 'BUILD_ID')) ? 'prod' : 'skip');
const runEnv: NodeJS.ProcessEnv = { ...process.env };

function run(script: string, args: string[]): Record<string, number | string> {
  const out = execFileSync(node, [...tsxArgs, script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: runEnv,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function ensureFile(lines: number): string {
  const file = path.join(dir, `shopify-${lines}.csv`);
  if (!fs.existsSync(file)) {
    // About 3 lines per customer over 18 months gives ≥ 0.35 orders and ≥ 0.12 customers per line.
    const customers = Math.ceil(lines * 0.36);
    const started = Date.now();
    execFileSync(node, ['--import', 'tsx', 'scripts/demo-csv.ts', '--customers', String(customers), '--max-lines', String(lines), '--out', file], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    console.log(`  generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return file;
}

/** The run with the median wall time. */
function median(list: Array<Record<string, number | string>>): Record<string, number | string> {
  return [...list].sort((a, b) => Number(a.ms) - Number(b.ms))[Math.floor(list.length / 2)];
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface SizeResult {
  lines: number;
  mb: number;
  e2e: Record<string, number | string>;
  parse: Record<string, number | string>;
  /** Median of each import's ratio to the parse-only run just before it. */
  pairRatio: number;
}

/** Imports run in the compiled worker the production server uses, when there is a build. */
function chooseImportWorker(): string {
  if (serverMode !== 'prod') return 'import worker: the TypeScript sources through tsx (no build; its start-up is in the figures)';
  buildProductionApp(distDir, { serverOnly: true });
  runEnv.LOOPMAP_IMPORT_WORKER = path.resolve(distDir, 'loopmap', 'import-worker.cjs');
  return `import worker: ${runEnv.LOOPMAP_IMPORT_WORKER}, compiled, as the production server runs it`;
}

async function main() {
  const results: SizeResult[] = [];
  console.log(chooseImportWorker());
  for (const lines of sizes) {
    console.log(`\n== ${fmt(lines)} line rows`);
    const file = ensureFile(lines);
    const mb = fs.statSync(file).size / 1e6;
    const parses: Array<Record<string, number | string>> = [];
    const imports: Array<Record<string, number | string>> = [];
    for (let i = 0; i < runs; i++) {
      parses.push(run('scripts/bench/import-run.ts', ['parse', file]));
      // A directory per run: the database and the history files beside it.
      const runDir = path.join(dir, `import-${lines}-${Date.now()}`);
      imports.push(run('scripts/bench/import-run.ts', ['import', file, path.join(runDir, 'bench.db')]));
      fs.rmSync(runDir, { recursive: true, force: true });
    }
    const seconds = (list: Array<Record<string, number | string>>) => list.map((r) => fmt(Number(r.ms) / 1000, 2)).join(', ');
    console.log(`  ${runs} runs: end-to-end ${seconds(imports)} s; parse-only ${seconds(parses)} s (medians below)`);
    const e2e = median(imports);
    const parse = median(parses);
    const peak = Math.max(...imports.map((r) => Number(r.peakRssMb)));
    const pairRatios = imports.map((r, i) => Number(r.ms) / Number(parses[i].ms)).sort((a, b) => a - b);
    const pairRatio = pairRatios[Math.floor(pairRatios.length / 2)];
    results.push({ lines, mb, e2e: { ...e2e, peakRssMb: peak }, parse, pairRatio });
    const e2eS = Number(e2e.ms) / 1000;
    const parseS = Number(parse.ms) / 1000;
    console.log(`  file: ${fmt(mb, 1)} MB, ${fmt(Number(e2e.orders))} orders, ${fmt(Number(e2e.customers))} customers, ${fmt(Number(e2e.lines))} lines`);
    console.log(`  end-to-end (worker, history file, timeline, publish): ${fmt(e2eS, 2)} s = ${fmt(Number(e2e.rows) / e2eS)} line rows/s, ${fmt(mb / e2eS, 1)} MB/s`);
    console.log(`  parse-only (same decoder + papaparse reader, reader-thread heap limits): ${fmt(parseS, 2)} s = ${fmt(Number(parse.records) / parseS)} rows/s, ${fmt(mb / parseS, 1)} MB/s`);
    console.log(`  ratio end-to-end / parse-only: ${fmt(e2eS / parseS, 2)}× wall time; ${fmt(Number(e2e.cpuS) / Number(parse.cpuS), 2)}× CPU time (${fmt(Number(e2e.cpuS), 1)} s vs ${fmt(Number(parse.cpuS), 1)} s, all threads)`);
    console.log(`  ratio of each import to the parse-only run before it: ${pairRatios.map((r) => fmt(r, 2)).join(', ')} (median ${fmt(pairRatio, 2)}×)`);
    console.log(`  load average while measuring: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
    const sec = (key: string) => fmt(Number(e2e[key]) / 1000, 2);
    console.log(
      `  phases: read ${sec('readMs')} s (storing busy ${sec('storeMs')} s), finish ${sec('finishMs')} s, ` +
        `timeline ${sec('timelineMs')} s, publish ${sec('publishMs')} s`,
    );
    console.log(`  peak RSS: import process ${fmt(peak)} MB, the highest of the runs (parse-only process ${fmt(Number(parse.peakRssMb))} MB)`);
    console.log(`  main-thread event loop delay during the import: p99 ${fmt(Number(e2e.eventLoopP99Ms), 1)} ms, max ${fmt(Number(e2e.eventLoopMaxMs), 1)} ms`);
  }
  let health: string;
  if (serverMode === 'skip') health = 'not measured (no build; set BENCH_SERVER=dev or build first)';
  else health = await measureHealth(ensureFile(Math.max(...sizes)), serverMode === 'dev');

  console.log('\n== summary');
  for (const r of results) {
    const e2eS = Number(r.e2e.ms) / 1000;
    const parseS = Number(r.parse.ms) / 1000;
    console.log(
      `  ${fmt(r.lines)} rows: ${fmt(Number(r.e2e.rows) / e2eS)} rows/s end-to-end (target ≥ 80,000), ${fmt(r.mb / e2eS, 1)} MB/s, ` +
        `ratio ${fmt(e2eS / parseS, 2)}× (median of pairs ${fmt(r.pairRatio, 2)}×; target ≤ 2), peak RSS ${fmt(Number(r.e2e.peakRssMb))} MB (target ≤ 400)`,
    );
  }
  if (results.length > 1) {
    const [smallest, largest] = [results[0], results[results.length - 1]];
    const growth = Number(largest.e2e.peakRssMb) / Number(smallest.e2e.peakRssMb) - 1;
    // What the import keeps per order (key hashes, the timeline's columns) is what grows.
    const bytesPerRow = ((Number(largest.e2e.peakRssMb) - Number(smallest.e2e.peakRssMb)) * 1024 * 1024) / (largest.lines - smallest.lines);
    console.log(
      `  peak RSS from ${fmt(smallest.lines)} to ${fmt(largest.lines)} rows (${fmt(largest.lines / smallest.lines, 0)}× the file): ` +
        `${fmt(Number(smallest.e2e.peakRssMb))} → ${fmt(Number(largest.e2e.peakRssMb))} MB (${growth >= 0 ? '+' : ''}${fmt(growth * 100, 0)}%, ` +
        `${fmt(bytesPerRow)} bytes per added line row)`,
    );
  }
  console.log(`  GET /api/health while importing: ${health}`);
}

async function measureHealth(file: string, dev: boolean): Promise<string> {
  const port = Number(process.env.BENCH_PORT ?? 3191);
  const base = `http://127.0.0.1:${port}`;
  const dbFile = path.join(dir, `server-${Date.now()}.db`);
  // Started as `npm run serve` (or `npm run dev`) starts it; the server was compiled above.
  const serverArgs = dev ? ['--require', './server/allow-server-only.cjs', '--import', 'tsx', 'server.ts', '--dev'] : productionServerArgs(distDir);
  const server = spawn(node, serverArgs, {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: dbFile, LOOPMAP_SKIP_DEMO: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    for (let i = 0; i < 20; i++) await fetch(`${base}/api/health`); // warm up
    const store = await fetch(`${base}/api/stores`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Bench' }) });
    if (!store.ok) return `not measured (POST /api/stores → ${store.status})`;
    const { id: storeId } = (await store.json()) as { id: string };
    const form = new FormData();
    form.set('file', new Blob([fs.readFileSync(file)]), path.basename(file));
    const uploaded = performance.now();
    const started = await fetch(`${base}/api/stores/${storeId}/imports`, { method: 'POST', body: form });
    if (!started.ok) return `not measured (POST /api/stores/:id/imports → ${started.status} ${await started.text()})`;
    const { importId } = (await started.json()) as { importId: string };
    const uploadMs = performance.now() - uploaded;
    const latencies: number[] = [];
    let status = 'running';
    let polls = 0;
    while (status === 'running') {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (++polls % 10 === 0) status = ((await (await fetch(`${base}/api/imports/${importId}`)).json()) as { status: string }).status;
      await new Promise((r) => setTimeout(r, 20));
    }
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    return `p50 ${fmt(p(0.5), 1)} ms, p95 ${fmt(p(0.95), 1)} ms (target ≤ 100), max ${fmt(p(1), 1)} ms over ${latencies.length} requests; import ${status}; upload took ${fmt(uploadMs)} ms`;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
