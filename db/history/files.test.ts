import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, deleteStore, listStores, MISSING_HISTORY_PROBLEM } from '../queries/stores';
import { openTestDatabase } from '../test-db';
import { extendHistory } from './extend';
import { historyDirectory, historyPath, removeUnusedHistoryFiles } from './files';
import { historyFileName, storeHistory } from './read';

let t: ReturnType<typeof openTestDatabase>;
beforeEach(() => (t = openTestDatabase()));
afterEach(() => t.cleanup());

describe('history files', () => {
  it('live beside the database, and a name never leads out of their directory', () => {
    expect(historyDirectory('/data/app/loopmap.db')).toBe('/data/app/history');
    expect(() => historyDirectory(':memory:')).toThrow(/in-memory/);
    expect(historyPath('/data/app/loopmap.db', 'a.b.db')).toBe('/data/app/history/a.b.db');
    expect(() => historyPath('/data/app/loopmap.db', '../loopmap.db')).toThrow(/Not a history file name/);
  });

  it('unused files (crash leftovers, replaced generations) are removed; named ones are kept', () => {
    const storeId = createStore('Shop', t.db);
    extendHistory(t.db, storeId, () => {});
    const dir = historyDirectory(t.path);
    fs.writeFileSync(path.join(dir, 'left-behind.db'), 'x');
    fs.writeFileSync(path.join(dir, 'left-behind.db-journal'), 'x');
    const kept = historyFileName(storeId, t.db)!;
    expect(removeUnusedHistoryFiles(t.path, new Set([kept]))).toBe(2);
    expect(fs.readdirSync(dir)).toEqual([kept]);
  });

  it('readers move to a new generation as soon as the store names it', () => {
    const storeId = createStore('Shop', t.db);
    expect(storeHistory(storeId, t.db)).toBeNull();
    extendHistory(t.db, storeId, (h) => h.prepare("INSERT INTO orders (order_id, created_at, is_purchase) VALUES ('#1', 0, 1)").run());
    const count = () => (storeHistory(storeId, t.db)!.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n;
    expect(count()).toBe(1);
    const first = historyFileName(storeId, t.db);
    extendHistory(t.db, storeId, (h) => h.prepare("INSERT INTO orders (order_id, created_at, is_purchase) VALUES ('#2', 0, 1)").run());
    expect(historyFileName(storeId, t.db)).not.toBe(first);
    expect(count()).toBe(2);
    // The replaced generation is gone from disk.
    expect(fs.readdirSync(historyDirectory(t.path))).toEqual([historyFileName(storeId, t.db)]);
  });

  it('a missing history file is reported with its path, not as a bare database error', () => {
    const storeId = createStore('Shop', t.db);
    extendHistory(t.db, storeId, () => {});
    const file = historyPath(t.path, historyFileName(storeId, t.db)!);
    fs.rmSync(file);
    expect(() => storeHistory(storeId, t.db)).toThrow(`The order history of this store is missing: ${file} does not exist.`);

    // The list of stores still lists every store, this one saying what is wrong with it.
    const healthy = createStore('Healthy', t.db);
    const listed = listStores(t.db);
    expect(listed.find((s) => s.id === storeId)).toMatchObject({ problem: MISSING_HISTORY_PROBLEM, summary: { orders: 0 } });
    expect(listed.find((s) => s.id === healthy)).toMatchObject({ problem: null });
    // And the store can still be deleted.
    expect(deleteStore(storeId, t.db)).toBe(true);
  });

  it('a history file is read-only to the app', () => {
    const storeId = createStore('Shop', t.db);
    extendHistory(t.db, storeId, () => {});
    expect(() => storeHistory(storeId, t.db)!.prepare("INSERT INTO orders (order_id, is_purchase) VALUES ('#1', 1)").run()).toThrow(/readonly/);
  });
});
