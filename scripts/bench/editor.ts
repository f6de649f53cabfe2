/**
 * Editor benchmark (`npm run bench:editor`): against a production build in headless
 * Chromium, with a generated 500-node / 600-edge map, prints
 *   - the median time from navigation to all visible nodes rendered (target ≤ 1.5 s)
 *   - the median time for an edit in one browser to appear in another (target ≤ 150 ms)
 *
 * Builds into .next-bench (skip with BENCH_SKIP_BUILD=1), serves it with server.ts on
 * BENCH_PORT (3290) over a temporary database, and never touches the user's data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/support/env';
import { generateBenchDocument } from './editor-map';
import { buildProductionApp, productionServerArgs } from './production-server';

const PORT = Number(process.env.BENCH_PORT ?? 3290);
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-bench';
const BASE = `http://127.0.0.1:${PORT}`;
const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 7);
const EDIT_RUNS = Number(process.env.BENCH_EDIT_RUNS ?? 25);
const TARGET_LOAD_MS = 1500;
const TARGET_EDIT_MS = 150;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function startServer(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, productionServerArgs(DIST_DIR), {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(PORT), HOST: '127.0.0.1', DATABASE_PATH: path.join(dataDir, 'bench.db'), NEXT_DIST_DIR: DIST_DIR },
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
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function createBenchMap(): Promise<string> {
  const created = await fetch(`${BASE}/api/maps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Benchmark map', template: 'blank' }) });
  if (!created.ok) throw new Error(`create map: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  const put = await fetch(`${BASE}/api/maps/${id}/document`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ document: generateBenchDocument() }) });
  if (!put.ok) throw new Error(`put document: ${put.status} ${await put.text()}`);
  return id;
}

/**
 * Milliseconds from navigation start until the canvas shows its nodes: every node element
 * React Flow rendered is measured (visible), and the set stayed the same for three frames
 * (so the fit-to-view and the nodes it brought into view are included).
 */
async function timeToVisibleNodes(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate<number>(VISIBLE_NODES_SCRIPT);
}

// Browser code is passed as text: tsx compiles this file keeping function names through a
// helper (`__name`) that exists only in Node, so a function handed to evaluate would throw.
const VISIBLE_NODES_SCRIPT = `new Promise((resolve) => {
  let stableSince = 0;
  let lastCount = -1;
  let frames = 0;
  function tick() {
    const nodes = document.querySelectorAll('.react-flow__node');
    const allShown = nodes.length > 0 && Array.from(nodes).every((n) => n.style.visibility !== 'hidden');
    if (allShown && nodes.length === lastCount) {
      frames += 1;
      if (frames >= 3) return resolve(stableSince);
    } else {
      frames = 0;
      lastCount = allShown ? nodes.length : -1;
      stableSince = performance.now();
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})`;

/** Resolves with Date.now() when the node `id` shows `text`. */
function textSeenScript(id: string, text: string): string {
  return `new Promise((resolve) => {
    const node = document.querySelector(${JSON.stringify(`.react-flow__node[data-id="${id}"]`)});
    function check() {
      if (node.textContent.includes(${JSON.stringify(text)})) {
        observer.disconnect();
        resolve(Date.now());
      }
    }
    const observer = new MutationObserver(check);
    observer.observe(node, { subtree: true, childList: true, characterData: true });
    check();
  })`;
}

async function editLatency(browser: Browser, mapId: string): Promise<number[]> {
  const a = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const b = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  for (const page of [a, b]) {
    await page.goto(`${BASE}/maps/${mapId}`);
    await page.getByTestId('save-status').getByText('Saved').waitFor({ timeout: 30_000 });
  }
  // A node that B shows on screen.
  const target = await b.locator('.react-flow__node-touchpoint').first().getAttribute('data-id');
  if (!target) throw new Error('no touchpoint on screen');
  const results: number[] = [];
  for (let run = 0; run < EDIT_RUNS; run++) {
    const marker = `Edited ${run} ${Math.random().toString(36).slice(2, 7)}`;
    const seen = b.evaluate<number>(textSeenScript(target, marker));
    // Make sure B is listening before A edits.
    await b.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const started = await a.evaluate(
      ({ id, text }) => {
        const t0 = Date.now();
        window.__loopmapEditor!.getState().actions.updateNodeData(id, { title: text });
        return t0;
      },
      { id: target, text: marker },
    );
    results.push((await seen) - started);
    await a.waitForTimeout(50);
  }
  return results;
}

async function main() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: install chromium or set CHROMIUM_PATH.');
  if (!process.env.BENCH_SKIP_BUILD) console.log(`Building into ${DIST_DIR}…`);
  buildProductionApp(DIST_DIR, { serverOnly: !!process.env.BENCH_SKIP_BUILD });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loopmap-bench-'));
  const server = await startServer(dataDir);
  let browser: Browser | undefined;
  try {
    const mapId = await createBenchMap();
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const url = `${BASE}/maps/${mapId}`;

    // One warm-up load (server-side caches, code in the OS page cache), then the runs,
    // each in a fresh browser context (cold IndexedDB, no HTTP cache).
    const loads: number[] = [];
    for (let run = 0; run <= LOAD_RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const ms = await timeToVisibleNodes(await context.newPage(), url);
      if (run > 0) loads.push(ms);
      await context.close();
    }
    const edits = await editLatency(browser, mapId);

    const load = median(loads);
    const edit = median(edits);
    console.log('');
    console.log(`Editor benchmark — 500 nodes / 600 edges, headless Chromium, ${os.cpus().length} cores`);
    console.log(`  navigation → all visible nodes rendered: median ${load.toFixed(0)} ms over ${loads.length} loads (target ≤ ${TARGET_LOAD_MS} ms) ${load <= TARGET_LOAD_MS ? 'OK' : 'OVER TARGET'}`);
    console.log(`    runs: ${loads.map((v) => v.toFixed(0)).join(', ')}`);
    console.log(`  edit → visible in another browser:      median ${edit.toFixed(0)} ms over ${edits.length} edits (target ≤ ${TARGET_EDIT_MS} ms) ${edit <= TARGET_EDIT_MS ? 'OK' : 'OVER TARGET'}`);
    console.log(`    runs: ${edits.join(', ')}`);
  } finally {
    await browser?.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
