/**
 * npm run bench:pdf — how long a PDF export of a 200-node map takes, cold (the first
 * export of a freshly started server: Chromium launch included) and warm (the browser
 * kept from earlier exports), with the actual-data overlay of the seeded demo store.
 * Targets: warm ≤ 3 s, cold ≤ 8 s.
 *
 * Runs against a production build in its own folder (NEXT_DIST_DIR, default
 * .next-bench; built when missing) on its own port and a temporary database.
 *   BENCH_PORT=3290  BENCH_RUNS=5  BENCH_SKIP_BUILD=1
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mapBounds } from '../../lib/export/bounds';
import { planPrint } from '../../lib/export/plan';
import { generatedMap } from '../../lib/export/test-maps';
import { parseServerTiming } from '../../server/export/timings';
import { buildProductionApp, productionServerArgs } from './production-server';

const PORT = Number(process.env.BENCH_PORT ?? 3290);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DIST = process.env.NEXT_DIST_DIR ?? '.next-bench';
const BASE = `http://127.0.0.1:${PORT}`;
const QUERY = 'size=A4&orientation=landscape&appendix=1';
const TARGET_WARM_MS = 3000;
const TARGET_COLD_MS = 8000;

function ensureBuild() {
  const built = fs.existsSync(path.join(DIST, 'BUILD_ID')) || !!process.env.BENCH_SKIP_BUILD;
  if (!built) console.log(`Building into ${DIST} …`);
  buildProductionApp(DIST, { serverOnly: built });
}

async function startServer(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, productionServerArgs(DIST), {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(PORT), HOST: '127.0.0.1', DATABASE_PATH: path.join(dataDir, 'bench.db'), NEXT_DIST_DIR: DIST },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return child;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function createBenchMap(): Promise<string> {
  // 10 stages with 19 cards each: 200 nodes and 180 edges.
  const document = generatedMap(10, 19, 'Benchmark map');
  const { id } = await json<{ id: string }>(await fetch(`${BASE}/api/maps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Benchmark map' }) }));
  await json(await fetch(`${BASE}/api/maps/${id}/document`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ document }) }));
  return id;
}

/** The demo store the server seeds on its first start, once its import has finished. */
async function demoStoreId(): Promise<string> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const { stores } = await json<{ stores: Array<{ id: string; isDemo: boolean; summary: { imports: number; customers: number } }> }>(await fetch(`${BASE}/api/stores`));
    const demo = stores.find((s) => s.isDemo);
    if (demo && demo.summary.imports > 0 && demo.summary.customers > 0) return demo.id;
    if (Date.now() > deadline) throw new Error('the demo store was not imported within 5 minutes');
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Links the map to the store, so that its export carries the actual-data overlay. */
async function linkStore(mapId: string, storeId: string): Promise<void> {
  await json(await fetch(`${BASE}/api/maps/${mapId}/store`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ storeId }) }));
}

async function timeExport(id: string): Promise<{ ms: number; bytes: number; phases: string }> {
  const started = performance.now();
  const res = await fetch(`${BASE}/api/maps/${id}/export.pdf?${QUERY}&compare=1`);
  if (!res.ok) throw new Error(`export failed: ${res.status} ${await res.text()}`);
  const bytes = (await res.arrayBuffer()).byteLength;
  // The server's own breakdown of the export (Server-Timing), to see where the time goes.
  const phases = parseServerTiming(res.headers.get('server-timing'))
    .map(({ name, ms }) => `${name} ${(ms / 1000).toFixed(2)}`)
    .join(' · ');
  return { ms: performance.now() - started, bytes, phases };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  ensureBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loopmap-bench-pdf-'));
  const document = generatedMap(10, 19);
  const plan = planPrint(mapBounds(document), 'A4', 'landscape');
  console.log(`Map: ${document.nodes.length} nodes, ${document.edges.length} edges; A4 landscape → ${plan.mode}, ${plan.mapPages} map page(s) + appendix`);
  console.log('Comparison overlay: on (the map linked to the seeded demo store, about 5,000 customers)');

  const colds: number[] = [];
  const warms: number[] = [];
  let size = 0;
  // Two fresh servers: each one's first export is a cold one.
  for (let round = 0; round < 2; round += 1) {
    const server = await startServer(dataDir);
    try {
      const id = await createBenchMap();
      await linkStore(id, await demoStoreId());
      const cold = await timeExport(id);
      colds.push(cold.ms);
      size = cold.bytes;
      console.log(`  server ${round + 1}: cold export ${s(cold.ms)}   [${cold.phases}]`);
      if (round === 0) {
        for (let i = 0; i < RUNS; i += 1) {
          const warm = await timeExport(id);
          warms.push(warm.ms);
          console.log(`  warm export ${i + 1}: ${s(warm.ms)}   [${warm.phases}]`);
        }
      }
    } finally {
      await stopServer(server);
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });

  const warm = median(warms);
  const cold = Math.max(...colds);
  console.log('');
  console.log(`PDF size: ${(size / 1024).toFixed(0)} KB`);
  console.log(`warm export (median of ${warms.length}): ${s(warm)}  target ≤ ${s(TARGET_WARM_MS)}  ${warm <= TARGET_WARM_MS ? 'OK' : 'MISSED'}`);
  console.log(`cold export (worst of ${colds.length}):  ${s(cold)}  target ≤ ${s(TARGET_COLD_MS)}  ${cold <= TARGET_COLD_MS ? 'OK' : 'MISSED'}`);
  if (warm > TARGET_WARM_MS || cold > TARGET_COLD_MS) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
