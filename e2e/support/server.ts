import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_DIST_DIR, E2E_SERVER_ENTRY } from './env';

/**
 * A server of its own, for tests that stop and start it (the shared one from
 * playwright.config.ts must keep running for the other specs).
 */
export interface OwnServer {
  url: string;
  dataDir: string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startOwnServer(
  port: number,
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loopmap-own-')),
  /** Extra environment, e.g. LOOPMAP_SKIP_DEMO=1 for an empty app. */
  env: Record<string, string> = {},
): Promise<OwnServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--enable-source-maps', E2E_SERVER_ENTRY],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_PATH: path.join(dataDir, 'loopmap.db'),
        NEXT_DIST_DIR: E2E_DIST_DIR,
        // No demo import competing for the CPU unless a test asks for it.
        LOOPMAP_SKIP_DEMO: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  // Loading Next takes seconds, more on a busy 2-core machine.
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    stop(signal: NodeJS.Signals = 'SIGTERM') {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      });
    },
  };
}
