import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, E2E_BASE_URL, E2E_DATABASE_PATH, E2E_DIST_DIR, E2E_IMPORT_MAX_BYTES, E2E_PORT, E2E_SERVER_ENTRY, chromiumPath } from './e2e/support/env';

/**
 * End-to-end tests run against a production build (scripts/e2e.mjs builds it into
 * .next-e2e, with server.ts compiled beside it) served with a temporary database, never the user's.
 */
export default defineConfig({
  testDir: './e2e',
  // Generous: CI's 2-core machine also runs the server, Chromium and the demo import.
  timeout: 240_000,
  // Generous: on a busy 2-core machine a page that computes a store's figures can take 10 s or more.
  expect: { timeout: 30_000 },
  fullyParallel: false,
  // One at a time: on 2 cores, the server computing a store's figures for one test stalled
  // the editor tests running beside it (seen in CI: pages taking minutes to load).
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: E2E_BASE_URL,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    // Off unless asked for (E2E_TRACE=1): recording every action costs seconds a test on a 2-core machine.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node --enable-source-maps ${E2E_SERVER_ENTRY}`,
    url: `${E2E_BASE_URL}/api/health`,
    // Generous: a busy 2-core machine loads Next and migrates the database slowly.
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      DATABASE_PATH: E2E_DATABASE_PATH,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      IMPORT_MAX_BYTES: String(E2E_IMPORT_MAX_BYTES),
      // A 200-node PDF on a busy 2-core machine: give the export more than its usual minute.
      EXPORT_TIMEOUT_MS: '200000',
    },
  },
});
