// Lets plain Node run the server's TypeScript through CommonJS: maps the `server-only`
// marker to its empty module (what the `react-server` condition does inside Next) and
// registers tsx's require hook. Used by the import worker thread (Node 20 does not apply
// `--import tsx` from a Worker's execArgv before its entry) and by the import tests and
// benchmark child processes: `node -r ./server/imports/register-ts.cjs script.ts`.
const Module = require('node:module');
const path = require('node:path');

const emptyServerOnly = path.join(process.cwd(), 'node_modules', 'server-only', 'empty.js');
const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveServerOnly(request, ...rest) {
  if (request === 'server-only') return emptyServerOnly;
  return resolve.call(this, request, ...rest);
};

require('tsx/cjs');
