import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from '@/db/queries/stores';
import { generateDemoStore } from '@/lib/orders/demo/generator';
import { writeDemoShopifyCsv } from '@/lib/orders/demo/shopify-writer';
import { startImport } from './start-import';
import { tempDatabase } from './testing/temp-db';

vi.setConfig({ testTimeout: 120_000 });

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

interface ExplainedStatement {
  sql: string;
  plan: PlanRow[];
}

/**
 * A nested loop that scans a whole table for every row of the loop around it: the plan
 * that made a 75,000-order import spend 8 minutes in one statement. Each later loop of a
 * join (a sibling after the first SCAN or SEARCH under the same parent) must use an index.
 */
function quadraticSteps(plan: PlanRow[]): string[] {
  const loopsByParent = new Map<number, PlanRow[]>();
  for (const row of plan) {
    if (!/^(SCAN|SEARCH) /.test(row.detail)) continue;
    loopsByParent.set(row.parent, [...(loopsByParent.get(row.parent) ?? []), row]);
  }
  return [...loopsByParent.values()].flatMap((loops) => loops.slice(1).filter((row) => row.detail.startsWith('SCAN ')).map((row) => row.detail));
}

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  t = tempDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
  t.cleanup();
});

/** Runs `work` and returns the query plan of every statement run on a history being built. */
async function explainHistoryStatements(work: () => Promise<void>): Promise<ExplainedStatement[]> {
  const explained: ExplainedStatement[] = [];
  const prepare = Database.prototype.prepare;
  vi.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, sql: string) {
    const statement = prepare.call(this, sql) as Database.Statement<unknown[]>;
    if (!this.name.includes(`${path.sep}history${path.sep}`) || !/^\s*(INSERT|UPDATE|DELETE|SELECT|WITH)/i.test(sql)) return statement;
    const explain = prepare.call(this, `EXPLAIN QUERY PLAN ${sql}`) as Database.Statement<unknown[]>;
    const run = statement.run.bind(statement);
    // Explained where it is prepared, when the tables it reads exist; recorded when it runs.
    statement.run = ((...params: unknown[]) => {
      const plan = explain.all(...params) as PlanRow[];
      explained.push({ sql: sql.replace(/\s+/g, ' ').trim(), plan });
      return run(...params);
    }) as typeof statement.run;
    return statement;
  } as typeof Database.prototype.prepare);
  await work();
  return explained;
}

describe('building a history', () => {
  it('runs no statement as a nested full scan, on a first import and on a re-import', async () => {
    const storeId = createStore('Shop', t.db);
    let text = '';
    writeDemoShopifyCsv(generateDemoStore({ customers: 300, seed: 3 }), (chunk) => (text += chunk));
    const file = path.join(t.dir, 'demo.csv');
    fs.writeFileSync(file, text);
    const importOnce = async () => {
      await startImport({ storeId, filePath: file, fileName: 'demo.csv' }, { inProcess: true, db: t.db, databaseFile: t.path }).done;
    };

    const statements = await explainHistoryStatements(async () => {
      await importOnce();
      await importOnce();
    });

    expect(statements.length).toBeGreaterThan(10);
    expect(statements.some((s) => s.sql.startsWith('INSERT INTO timeline'))).toBe(true);
    expect(statements.some((s) => s.sql.startsWith('INSERT INTO customers'))).toBe(true);
    const offenders = statements.map((s) => ({ sql: s.sql.slice(0, 160), steps: quadraticSteps(s.plan) })).filter((s) => s.steps.length > 0);
    expect(offenders).toEqual([]);
  });
});
