/**
 * The comparison benchmark (`npm run bench:compare`): imports the demo Shopify export of
 * 100,000 and 1,000,000 line rows through the same code path as the UI (the import
 * benchmark's runner), then, in a fresh process per size, loads the store's timelines and
 * times the 25-milestone comparison and the whole insights payload, cold and warm, and a
 * filter change. Imported databases are kept in BENCH_DIR and reused on the next run.
 *
 * Env: BENCH_DIR (default /tmp/loopmap-bench), BENCH_COMPARE_SIZES (default 100000,1000000),
 *      BENCH_RUNS (default 7). For the same figures without an import (synthetic
 *      timelines): `npm run bench:compare:synthetic`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.BENCH_DIR ?? '/tmp/loopmap-bench';
const sizes = (process.env.BENCH_COMPARE_SIZES ?? '100000,1000000').split(',').map(Number);
const runs = process.env.BENCH_RUNS ?? '7';
const node = process.execPath;
const tsxArgs = ['--require', './server/allow-server-only.cjs', '--import', 'tsx'];
fs.mkdirSync(dir, { recursive: true });

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const runJson = (script: string, args: string[]) =>
  JSON.parse(
    execFileSync(node, [...tsxArgs, script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] })
      .trim()
      .split('\n')
      .pop()!,
  ) as Record<string, number>;

function ensureFile(lines: number): string {
  const file = path.join(dir, `shopify-${lines}.csv`);
  if (!fs.existsSync(file)) {
    const customers = Math.ceil(lines * 0.36); // as the import benchmark: ≥ 0.35 orders, ≥ 0.12 customers per line
    execFileSync(node, ['--import', 'tsx', 'scripts/demo-csv.ts', '--customers', String(customers), '--max-lines', String(lines), '--out', file], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  return file;
}

function ensureDatabase(lines: number): string {
  const dbFile = path.join(dir, `compare-${lines}.db`);
  const marker = `${dbFile}.imported`;
  if (!fs.existsSync(marker)) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
    const started = Date.now();
    const result = runJson('scripts/bench/import-run.ts', ['import', ensureFile(lines), dbFile]);
    fs.writeFileSync(marker, JSON.stringify(result));
    console.log(`  imported ${fmt(result.orders)} orders in ${fmt((Date.now() - started) / 1000, 1)} s`);
  }
  return dbFile;
}

const results: Array<Record<string, number>> = [];
for (const lines of sizes) {
  console.log(`\n== ${fmt(lines)} line rows`);
  const r = runJson('scripts/bench/compare-run.ts', [ensureDatabase(lines), runs]);
  results.push(r);
  console.log(`  ${fmt(r.customers)} customers, ${fmt(r.purchases)} purchases, ${fmt(r.lines)} lines; ${r.milestones} milestones`);
  console.log(`  load timelines from SQLite  ${fmt(r.loadMs, 1)} ms`);
  console.log(`  prepare store (once)        ${fmt(r.prepareMs, 1)} ms`);
  console.log(`  comparison cold / warm      ${fmt(r.compareColdMs, 1)} ms / ${fmt(r.compareWarmMs, 1)} ms (target warm ≤ 250)`);
  console.log(`  filter change               ${fmt(r.filterMs, 1)} ms (target ≤ 250)`);
  console.log(`  insights cold / warm        ${fmt(r.insightsColdMs, 1)} ms / ${fmt(r.insightsWarmMs, 1)} ms (target warm ≤ 500)`);
  console.log(`  peak RSS                    ${fmt(r.peakRssMb)} MB`);
}
if (results.length >= 2) {
  const [a, b] = [results[0], results[results.length - 1]];
  const x = (k: string) => fmt(b[k] / a[k], 1);
  console.log(`\n== growth: purchases ×${x('purchases')} → comparison warm ×${x('compareWarmMs')}, insights warm ×${x('insightsWarmMs')}, prepare ×${x('prepareMs')}`);
}
