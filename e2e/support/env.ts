import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Settings shared by playwright.config.ts and the specs (the config is loaded in every worker). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-e2e';
/** The compiled server of that build (scripts/server-bundle.mjs writes it; scripts/e2e.mjs runs that). */
export const E2E_SERVER_ENTRY = path.join(E2E_DIST_DIR, 'loopmap', 'server.cjs');
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `loopmap-e2e-${E2E_PORT}`);
export const E2E_DATABASE_PATH = path.join(E2E_DATA_DIR, 'loopmap.db');
/** The test server's upload limit: above the demo store's file and the large-import test's 21 MB, small enough to exceed in a test. */
export const E2E_IMPORT_MAX_BYTES = 24 * 1024 * 1024;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browser to drive: CHROMIUM_PATH, else the system Chromium. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && fs.existsSync(p));
}
