/**
 * Test helper run as a child process: starts an import and kills its own process with
 * SIGKILL inside the transaction that publishes the new history, as a crash or `kill -9` would.
 *   tsx kill-mid-import.ts DB_FILE STORE_ID CSV_FILE
 */
import { openDatabase } from '@/db/client';
import { startImport } from '../start-import';

const [databaseFile, storeId, filePath] = process.argv.slice(2);
const { db } = openDatabase(databaseFile);
startImport(
  { storeId, filePath, fileName: 'crash.csv' },
  {
    inProcess: true,
    db,
    databaseFile,
    hooks: { beforeCommit: () => process.kill(process.pid, 'SIGKILL') },
  },
);
