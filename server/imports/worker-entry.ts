import 'server-only';
import path from 'node:path';

/**
 * The entry file of import worker threads (the import itself, and the reader it starts).
 * The production server names its compiled worker in LOOPMAP_IMPORT_WORKER (server.ts);
 * from source (dev, tests) a CommonJS boot file registers tsx and loads import-worker.ts.
 * Resolved from the working directory: Next bundles these modules, so __dirname is not
 * ours. The ignore comment keeps Turbopack from bundling the boot file (and tsx, and
 * esbuild's binary).
 */
export function workerEntry(): string {
  return process.env.LOOPMAP_IMPORT_WORKER || path.join(/* turbopackIgnore: true */ process.cwd(), 'server', 'imports', 'import-worker-boot.cjs');
}
