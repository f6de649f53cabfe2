import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

// Generous: these tests import real files and share a 2-core machine with builds.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });
import { historyFileName } from '@/db/history/read';
import { getImport, listImports } from '@/db/queries/imports';
import { createStore, getStoreSummary } from '@/db/queries/stores';
import { generateDemoStore } from '@/lib/orders/demo/generator';
import { writeDemoShopifyCsv } from '@/lib/orders/demo/shopify-writer';
import { recoverInterruptedImports } from './start-import';
import { tempDatabase } from './testing/temp-db';

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  t = tempDatabase();
});
afterEach(() => t.cleanup());

it('a process killed inside the transaction that publishes the new history leaves the store as before; the import is failed at next start', () => {
  const storeId = createStore('Shop', t.db);
  const file = path.join(t.dir, 'demo.csv');
  let text = '';
  writeDemoShopifyCsv(generateDemoStore({ customers: 300 }), (chunk) => (text += chunk));
  fs.writeFileSync(file, text);

  const child = spawnSync(
    process.execPath,
    ['--require', './server/imports/register-ts.cjs', 'server/imports/testing/kill-mid-import.ts', t.path, storeId, file],
    { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 },
  );
  expect(child.signal).toBe('SIGKILL');

  expect(getStoreSummary(storeId, t.db)).toMatchObject({ customers: 0, orders: 0, purchases: 0, imports: 0 });
  expect(historyFileName(storeId, t.db)).toBeNull();
  const [left] = listImports(storeId, t.db);
  expect(left.status).toBe('running');
  // The history the import was writing is left behind, named by no store.
  expect(fs.readdirSync(path.join(t.dir, 'history')).length).toBeGreaterThan(0);

  // Next start of the server:
  expect(recoverInterruptedImports(t.db, t.path)).toBe(1);
  expect(getImport(left.id, t.db)).toMatchObject({ status: 'failed', error: expect.stringContaining('interrupted') });
  expect(fs.readdirSync(path.join(t.dir, 'history'))).toEqual([]);
});
