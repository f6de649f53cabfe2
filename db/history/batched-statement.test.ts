import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchedStatement } from './batched-statement';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.exec('CREATE TABLE t (a INTEGER, b TEXT)');
});
afterEach(() => db.close());

describe('BatchedStatement', () => {
  it('runs one statement per full batch of rows, and the rest one row at a time on flush', () => {
    const prepare = vi.spyOn(db, 'prepare');
    const rows = new BatchedStatement(db, (list) => `INSERT INTO t (a, b) VALUES ${list}`, 3, 2);
    expect(prepare.mock.calls.map(([sql]) => sql)).toEqual([
      'INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)',
      'INSERT INTO t (a, b) VALUES (?, ?)',
    ]);
    const ran: boolean[] = [];
    for (let i = 1; i <= 7; i++) {
      rows.values.push(i, `row ${i}`);
      ran.push(rows.runIfFull());
    }
    expect(ran).toEqual([false, false, true, false, false, true, false]);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(6);
    expect(rows.values).toEqual([7, 'row 7']);
    rows.flush();
    expect(rows.values).toEqual([]);
    expect(db.prepare('SELECT a, b FROM t ORDER BY a').raw().all()).toEqual(Array.from({ length: 7 }, (_, k) => [k + 1, `row ${k + 1}`]));
  });
});
