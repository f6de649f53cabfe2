import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where order histories live: a directory beside the app's database, with one file per
 * store and import ("generation"). A generation is written whole by one import, made
 * durable, and only then named in `stores.history_file`; after that it is never written
 * again. A new import starts a new generation, so readers never see a half-written one
 * and a crash leaves at most an unnamed file, deleted at the next start.
 */

export function historyDirectory(databaseFile: string): string {
  if (databaseFile === ':memory:' || databaseFile === '') {
    throw new Error('Order histories are stored beside the database file; an in-memory database has none.');
  }
  return path.join(path.dirname(path.resolve(databaseFile)), 'history');
}

/** The file name (relative to the history directory) of a new generation of a store's history. */
export function generationName(storeId: string, importId: string): string {
  return `${storeId}.${importId}.db`;
}

export function historyPath(databaseFile: string, name: string): string {
  // Names come from the stores table, which only this module's names get into; still,
  // never follow one out of the directory.
  if (name !== path.basename(name)) throw new Error(`Not a history file name: ${name}`);
  return path.join(historyDirectory(databaseFile), name);
}

/** Flushes a finished generation to disk, with the directory entry that names it. */
export function makeDurable(file: string): void {
  for (const target of [file, path.dirname(file)]) {
    const fd = fs.openSync(target, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
}

export function removeHistoryFile(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

/**
 * Deletes history files no store names and no running import is writing: generations a
 * crash left behind, replaced ones, and those of deleted stores.
 */
export function removeUnusedHistoryFiles(databaseFile: string, inUse: ReadonlySet<string>): number {
  const dir = historyDirectory(databaseFile);
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    const base = name.replace(/-(journal|wal|shm)$/, '');
    if (inUse.has(base)) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
