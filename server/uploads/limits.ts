import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where uploads are written while they are imported (env IMPORT_UPLOAD_DIR). */
export function uploadDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.IMPORT_UPLOAD_DIR ?? path.join(os.tmpdir(), 'loopmap-uploads'));
}

const globalForUploads = globalThis as unknown as { __loopmapUploadsSwept?: boolean };
const processStartedAt = Date.now() - process.uptime() * 1000;

/**
 * Removes uploads a previous process left behind (it was killed mid-import, so it never
 * deleted them). Runs once per process; files written since this process started are kept.
 */
export function sweepStaleUploads(dir = uploadDir()): void {
  if (globalForUploads.__loopmapUploadsSwept) return;
  globalForUploads.__loopmapUploadsSwept = true;
  let names: string[];
  try {
    names = fs.readdirSync(/* turbopackIgnore: true */ dir);
  } catch {
    return; // no folder yet: nothing to sweep
  }
  for (const name of names) {
    if (!name.endsWith('.upload')) continue;
    const file = path.join(dir, name);
    try {
      if (fs.statSync(file).mtimeMs < processStartedAt) fs.rmSync(file, { force: true });
    } catch {
      // gone already, or not ours to remove
    }
  }
}
