import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * Builds the app into `distDir` the way `npm run build` does (Next, then the compiled
 * server). With `serverOnly`, recompiles just the server: a second, and it keeps an
 * existing Next build in step with server.ts.
 */
export function buildProductionApp(distDir: string, { serverOnly = false } = {}): void {
  const env = { ...process.env, NEXT_DIST_DIR: distDir };
  const [command, args] = serverOnly ? [process.execPath, ['scripts/server-bundle.mjs']] : ['npm', ['run', 'build']];
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Node arguments that start the production server of `distDir`, as `npm run serve` does. */
export function productionServerArgs(distDir: string): string[] {
  return ['--enable-source-maps', path.join(distDir, 'loopmap', 'server.cjs')];
}
