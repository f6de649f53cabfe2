import 'server-only';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { moveLegacyHistories } from './history/legacy';
import * as schema from './schema';

/** The drizzle database, with the raw connection for the few hot paths that prepare statements themselves. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface DbHandle {
  db: Db;
  sqlite: Database.Database;
  path: string;
}

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

export function databasePath(): string {
  // A run-time path: the ignore comment stops Turbopack tracing the whole project for it.
  return path.resolve(/* turbopackIgnore: true */ process.env.DATABASE_PATH ?? './data/loopmap.db');
}

/** Opens a database file (or `:memory:`), applies every migration and returns it. */
export function openDatabase(file: string): DbHandle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Short: the app's own writes never wait long on an import's final commit.
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  moveLegacyHistories(sqlite);
  return { db, sqlite, path: file };
}

// One connection per process. Next bundles route handlers separately from server.ts,
// so the handle lives on globalThis to be shared by both.
const globalForDb = globalThis as unknown as { __loopmapDb?: DbHandle };

export function getDbHandle(): DbHandle {
  if (!globalForDb.__loopmapDb) globalForDb.__loopmapDb = openDatabase(databasePath());
  return globalForDb.__loopmapDb;
}

export function getDb(): Db {
  return getDbHandle().db;
}

/** For tests: use this handle as the process's database. */
export function setDbHandleForTests(handle: DbHandle | undefined): void {
  globalForDb.__loopmapDb = handle;
}

export function closeDatabase(): void {
  globalForDb.__loopmapDb?.sqlite.close();
  globalForDb.__loopmapDb = undefined;
}
