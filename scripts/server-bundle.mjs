/**
 * The production server, compiled ahead of time.
 *
 * `server.ts` and the import worker are TypeScript. Running them through tsx meant
 * compiling every server module at each start (a minute of CPU on a 2-core machine) and
 * keeping esbuild's service busy beside the app. `npm run build` now bundles both into
 * `<distDir>/loopmap/` next to Next's own build; packages stay in node_modules.
 *
 *   node scripts/server-bundle.mjs          bundle into $NEXT_DIST_DIR (default .next)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the compiled server of a build lives. */
export function serverEntry(distDir = process.env.NEXT_DIST_DIR || '.next') {
  return path.resolve(root, distDir, 'loopmap', 'server.cjs');
}

/** Bundles server.ts and the import's threads; a few hundred milliseconds. */
export async function buildServer(distDir = process.env.NEXT_DIST_DIR || '.next') {
  const outdir = path.dirname(serverEntry(distDir));
  await build({
    absWorkingDir: root,
    entryPoints: {
      server: 'server.ts',
      'import-worker': 'server/imports/import-worker.ts',
      'reader-thread': 'server/imports/reader-thread.ts',
    },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Packages load from node_modules as they do for Next's server; only our code is compiled.
    packages: 'external',
    // Outside Next's server bundler the `server-only` marker would throw (see allow-server-only.cjs).
    alias: { 'server-only': './scripts/empty-module.ts' },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return outdir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = await buildServer();
  console.log(`Server compiled into ${path.relative(root, outdir)}`);
}
