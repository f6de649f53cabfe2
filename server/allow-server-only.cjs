// server.ts runs in plain Node, outside Next's React Server Components bundler, where the
// `server-only` marker package would throw. This preload resolves it to its empty module
// (what the `react-server` condition does inside Next) so server modules keep the marker.
const Module = require('node:module');

const path = require('node:path');

// `server-only/empty.js` is not in the package's "exports"; find it next to the main file.
const emptyModule = path.join(path.dirname(require.resolve('server-only')), 'empty.js');
const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveServerOnly(request, ...rest) {
  if (request === 'server-only') return emptyModule;
  return resolve.call(this, request, ...rest);
};
