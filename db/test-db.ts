import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DbHandle } from './client';

/** A fresh, migrated database in a temporary folder, for tests. */
export function openTestDatabase(): DbHandle & { cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loopmap-test-'));
  const handle = openDatabase(path.join(dir, 'test.db'));
  return {
    ...handle,
    cleanup() {
      handle.sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
