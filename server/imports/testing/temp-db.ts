import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DbHandle } from '@/db/client';

/** A fresh database file in its own temp directory (tests only). */
export function tempDatabase(): DbHandle & { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loopmap-orders-'));
  const handle = openDatabase(path.join(dir, 'test.db'));
  return {
    ...handle,
    dir,
    cleanup: () => {
      handle.sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
