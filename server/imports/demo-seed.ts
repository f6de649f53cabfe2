import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath, getDbHandle } from '@/db/client';
import { createStore } from '@/db/queries/stores';
import { generateDemoStore } from '@/lib/orders/demo/generator';
import { writeDemoShopifyCsv } from '@/lib/orders/demo/shopify-writer';
import { createDemoMap } from './demo-map';
import { recoverInterruptedImports, startImport } from './start-import';

export const DEMO_STORE_NAME = 'Demo store';

export interface DemoSeedResult {
  storeId: string;
  /** Set when an import of the demo data was started now. */
  importId?: string;
  /** Set when the "Demo store journey" map was created now (first start only). */
  mapId?: string;
  done: Promise<void>;
}

/**
 * On first start (no store yet), creates the "Demo store" with the "Demo store journey" map
 * linked to it, and imports the generated demo orders through the same import path as an
 * upload, in the background. Idempotent: once
 * the demo store exists and its import is done or running, nothing happens; if its import
 * failed (the server stopped mid-way), it is started again. Also recovers imports left
 * running by a previous process, so call it once at start-up. LOOPMAP_SKIP_DEMO=1 skips
 * the demo (imports are still recovered).
 */
export function ensureDemoStore(options: { customers?: number } = {}): DemoSeedResult | undefined {
  const { db, sqlite } = getDbHandle();
  recoverInterruptedImports(db, databasePath());
  // Benchmarks and some tests want an empty app.
  if (process.env.LOOPMAP_SKIP_DEMO === '1') return undefined;
  const demo = sqlite.prepare('SELECT id FROM stores WHERE is_demo = 1 ORDER BY created_at LIMIT 1').get() as { id: string } | undefined;
  let storeId: string;
  let mapId: string | undefined;
  if (demo) {
    const healthy = sqlite
      .prepare("SELECT 1 FROM imports WHERE store_id = ? AND status IN ('done', 'running') LIMIT 1")
      .get(demo.id);
    if (healthy) return undefined;
    storeId = demo.id;
  } else {
    const anyStore = sqlite.prepare('SELECT 1 FROM stores LIMIT 1').get();
    if (anyStore) return undefined;
    storeId = createStore(DEMO_STORE_NAME, db, { isDemo: true });
    // Created with the store, once: a user who deletes the map does not get it back.
    mapId = createDemoMap(storeId, db);
  }

  const file = path.join(path.dirname(databasePath()), 'demo-store-orders.csv');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  try {
    writeDemoShopifyCsv(generateDemoStore({ customers: options.customers ?? 5000 }), (text) => fs.writeSync(fd, text));
  } finally {
    fs.closeSync(fd);
  }
  const started = startImport({ storeId, filePath: file, fileName: 'demo-store-orders.csv' });
  const done = started.done.then(() => fs.rmSync(file, { force: true }));
  return { storeId, importId: started.importId, mapId, done };
}
