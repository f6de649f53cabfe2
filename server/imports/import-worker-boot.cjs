// Entry of the import worker thread: register TypeScript loading, then run the worker.
require('./register-ts.cjs');
require('./import-worker.ts');
