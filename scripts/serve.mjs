// Serves the production build: the compiled server.ts (scripts/server-bundle.mjs) in this
// process. `npm start` builds first when needed (scripts/ensure-build.mjs).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { serverEntry } from './server-bundle.mjs';

const entry = serverEntry();
if (!fs.existsSync(entry)) {
  console.error(`No compiled server at ${entry}. Run \`npm run build\` (or \`npm start\`, which builds when needed).`);
  process.exit(1);
}
// Stack traces point at the TypeScript sources.
process.setSourceMapsEnabled(true);
createRequire(import.meta.url)(entry);
