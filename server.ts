/**
 * Loopmap's one Node process: Next's request handler and the live co-editing server
 * (Hocuspocus) on the same port, sharing one SQLite connection.
 *
 *   npm run serve              production (needs `npm run build` first, which also compiles
 *                              this file; `npm start` does both)
 *   npm run dev                development with hot reload
 */
import fs from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { createCollabServer } from './server/collab';
import { startup } from './server/startup';
import { closeDatabase, databasePath } from './db/client';
import { closeExportBrowser } from './server/export/browser';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';

// Compiled by scripts/server-bundle.mjs, this file sits beside the compiled import worker:
// imports run that instead of loading the worker's TypeScript through tsx.
const compiledImportWorker = path.join(__dirname, 'import-worker.cjs');
if (fs.existsSync(compiledImportWorker)) process.env.LOOPMAP_IMPORT_WORKER ??= compiledImportWorker;

async function main() {
  await startup();

  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const nextUpgrade = dev ? app.getUpgradeHandler() : undefined;

  const collab = createCollabServer();
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end('Internal error');
    });
  });
  // Node closes an idle keep-alive connection after 5 s by default. When a long synchronous
  // step (loading a large store for its first comparison) holds the event loop longer than
  // that, the close fires before a request already sent on that connection is read, and
  // the client gets "socket hang up". A minute covers such pauses; clients reconnect anyway.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('upgrade', (req, socket, head) => {
    if (collab.handleUpgrade(req, socket, head)) return;
    if (nextUpgrade) nextUpgrade(req, socket, head);
    else socket.destroy();
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Store every open map before anything else: nothing an editor saw as saved, or
    // typed just before, may be lost.
    const stored = collab.flushAndClose();
    console.log(`${signal}: stored ${stored} open map(s), shutting down`);
    server.close();
    closeDatabase();
    // The export browser is a child process: close it so it never outlives the server.
    void closeExportBrowser().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  server.listen(port, hostname, () => {
    console.log(`Loopmap ready on http://localhost:${port} (database: ${databasePath()})`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
