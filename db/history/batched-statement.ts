import 'server-only';
import type Database from 'better-sqlite3';

/**
 * A statement written for many rows at once (`INSERT … VALUES (…), (…)`, or an UPDATE
 * from such a VALUES list), as an import writes a history: one statement per hundred rows
 * costs far less than a hundred statements. Rows are pushed onto `values`, `fieldsPerRow`
 * values each; runIfFull() runs the statement once `rowsPerStatement` rows wait, and
 * flush() writes the rest one row at a time.
 */
export class BatchedStatement {
  /** The values of the rows waiting, in order. */
  readonly values: unknown[] = [];
  private readonly many: Database.Statement;
  private readonly one: Database.Statement;

  /** `sqlFor` makes the statement from its list of rows' placeholders, `(?, ?), (?, ?)`. */
  constructor(
    db: Database.Database,
    sqlFor: (rows: string) => string,
    private readonly rowsPerStatement: number,
    private readonly fieldsPerRow: number,
  ) {
    const row = `(${Array(fieldsPerRow).fill('?').join(', ')})`;
    this.many = db.prepare(sqlFor(Array(rowsPerStatement).fill(row).join(', ')));
    this.one = db.prepare(sqlFor(row));
  }

  /** Runs the statement if a whole statement's rows are waiting; true when it did. */
  runIfFull(): boolean {
    if (this.values.length < this.rowsPerStatement * this.fieldsPerRow) return false;
    this.many.run(this.values);
    this.values.length = 0;
    return true;
  }

  /** Writes the rows still waiting. */
  flush(): void {
    const values = this.values;
    for (let i = 0; i < values.length; i += this.fieldsPerRow) this.one.run(values.slice(i, i + this.fieldsPerRow));
    values.length = 0;
  }
}
