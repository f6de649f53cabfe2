// `npm start` on a fresh clone: build the production bundle when there is none, or when
// the sources changed since the last build, so the two commands are all a newcomer needs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildServer, serverEntry } from './server-bundle.mjs';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const buildId = path.join(distDir, 'BUILD_ID');
const sources = ['app', 'components', 'lib', 'db', 'server', 'server.ts', 'public', 'package.json', 'next.config.mjs'];

function newestChange(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, child)));
  return newest;
}

const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newestChange));
if (builtAt > changedAt) {
  // A build from before the server was compiled ahead of time: add the server alone.
  if (!fs.existsSync(serverEntry(distDir))) await buildServer(distDir);
  process.exit(0);
}

console.log(builtAt ? 'Sources changed since the last build: building…' : 'First start: building the app (a few minutes)…');
const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
