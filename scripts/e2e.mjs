// Runs the Playwright suite: checks for a browser, builds the app into its own folder,
// starts it on a fresh temporary database (playwright.config.ts) and runs every spec.
// Extra arguments go to `playwright test` (e.g. `npm run test:e2e -- e2e/editor`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildServer } from './server-bundle.mjs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const browser = candidates.find((p) => p && fs.existsSync(p));
if (!browser) {
  console.error(`
No Chromium found for the end-to-end tests.
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-liberation poppler-utils
  Elsewhere:      set CHROMIUM_PATH=/path/to/chrome-or-chromium
`);
  process.exit(1);
}

// The export specs check PDFs with poppler (pdftotext, pdfinfo) and the SVG export runs
// pdftocairo: say so plainly rather than fail deep inside a test.
const onPath = (command) => (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
const missingPoppler = ['pdftotext', 'pdfinfo', 'pdftocairo'].filter((command) => !onPath(command));
if (missingPoppler.length > 0) {
  console.error(`
The end-to-end tests need poppler's ${missingPoppler.join(', ')} (to check exported PDFs and make SVGs).
Install them, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install -y poppler-utils
  macOS:          brew install poppler
`);
  process.exit(1);
}

const port = process.env.E2E_PORT ?? '3210';
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `loopmap-e2e-${port}`);
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-e2e', E2E_PORT: port, E2E_DATA_DIR: dataDir, CHROMIUM_PATH: browser };

if (!process.env.E2E_SKIP_BUILD) {
  console.log('Building the app for the end-to-end tests…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  // Compiling the server takes a second: keep it in step with the sources even then.
  await buildServer(env.NEXT_DIST_DIR);
}

const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(run.status ?? 1);
