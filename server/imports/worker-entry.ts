import 'server-only';
import path from 'node:path';

/**
 * The entry files of an import's threads. The production server names its compiled import
 * thread in LOOPMAP_IMPORT_WORKER (server.ts), and the compiled reader thread sits beside
 * it (scripts/server-bundle.mjs); from source (dev, tests) a CommonJS boot file registers
 * tsx and loads the TypeScript. Resolved from the working directory: Next bundles these
 * modules, so __dirname is not ours. The ignore comment keeps Turbopack from bundling the
 * boot files (and tsx, and esbuild's binary).
 */
export function importThreadEntry(): string {
  return process.env.LOOPMAP_IMPORT_WORKER || fromSource('import-worker-boot.cjs');
}

export function readerThreadEntry(): string {
  const compiledImportThread = process.env.LOOPMAP_IMPORT_WORKER;
  return compiledImportThread ? path.join(path.dirname(compiledImportThread), 'reader-thread.cjs') : fromSource('reader-thread-boot.cjs');
}

function fromSource(bootFile: string): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'server', 'imports', bootFile);
}

/**
 * The Node options of import threads: none of the parent's. The entry loads what it needs
 * (the compiled worker nothing, the boot file tsx), and a parent's `--require` of tsx or
 * `--enable-source-maps`, inherited, cost each thread a sixth of a second to start: tsx's
 * hooks, and a source map read for every module loaded.
 */
export const WORKER_EXEC_ARGV: string[] = [];
