// Entry of the reader thread from source: register TypeScript loading, then run it.
require('./register-ts.cjs');
require('./reader-thread.ts');
