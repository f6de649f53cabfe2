import 'server-only';
import type Database from 'better-sqlite3';
import { KeyIndex } from '@/lib/orders/key-index';
import { BatchedStatement } from './batched-statement';
import { compareText } from '@/lib/orders/text-order';

/** New customers per multi-row insert. */
const CUSTOMER_BATCH = 32;
const CUSTOMER_FIELDS = 3;

/**
 * The customers of a history being built (builder.ts): numbered as they first appear and
 * found again by key through hashes in memory (KeyIndex), each match confirmed against
 * the customer's stored key, so no key string stays in memory. New customers are inserted
 * CUSTOMER_BATCH per statement: a third of a million single-row inserts cost a quarter of
 * a second more. The few still waiting for their statement are confirmed and updated in
 * memory.
 */
export class CustomerRows {
  private readonly ids: KeyIndex;
  private nextId = 1;
  /** New customers: id, key and e-mail of those not inserted yet, from id `firstWaiting` on. */
  private readonly newRows: BatchedStatement;
  private firstWaiting = 1;
  /** The customer's e-mail (or null) when the customer has this key; undefined when not. */
  private readonly emailIfKey: Database.Statement;
  private readonly updateEmail: Database.Statement;
  private readonly keyAt: Database.Statement;

  /** Loads the customers the history already has (a generation started from a copy). */
  constructor(private readonly db: Database.Database) {
    this.newRows = new BatchedStatement(db, (rows) => `INSERT INTO customers (id, customer_key, email) VALUES ${rows}`, CUSTOMER_BATCH, CUSTOMER_FIELDS);
    this.emailIfKey = db.prepare('SELECT email FROM customers WHERE id = ? AND customer_key = ?').pluck();
    this.updateEmail = db.prepare('UPDATE customers SET email = ? WHERE id = ?');
    this.keyAt = db.prepare('SELECT customer_key FROM customers WHERE id = ?').pluck();
    const { count } = db.prepare('SELECT count(*) AS count FROM customers').get() as { count: number };
    this.ids = new KeyIndex(count);
    const rows = db.prepare('SELECT id, customer_key FROM customers').raw(true).iterate() as IterableIterator<[number, string]>;
    for (const [id, key] of rows) {
      this.ids.add(key, id);
      if (id >= this.nextId) this.nextId = id + 1;
    }
    this.firstWaiting = this.nextId;
  }

  /**
   * The id of the customer with this key, numbered and stored the first time it is seen;
   * the customer keeps the greatest e-mail of its orders.
   */
  idOf(key: string, email: string | null): number {
    let known: string | null | undefined;
    const id = this.ids.find(key, (candidate) => {
      known = this.emailIfKeyOf(candidate, key);
      return known !== undefined;
    });
    if (id === undefined) return this.add(key, email);
    // The greatest e-mail by SQLite's ordering, as max(email) would pick it.
    const stored = known as string | null;
    if (email !== null && email !== stored && (stored === null || compareText(email, stored) > 0)) this.setEmail(id, email);
    return id;
  }

  /** The key of a stored customer. */
  keyOf(id: number): string {
    return id >= this.firstWaiting ? (this.newRows.values[(id - this.firstWaiting) * CUSTOMER_FIELDS + 1] as string) : (this.keyAt.get(id) as string);
  }

  /** Inserts the customers still waiting: before customers are read in SQL. */
  flush(): void {
    this.newRows.flush();
    this.firstWaiting = this.nextId;
  }

  /** Hands the index's memory over: nothing is looked up by key any more (after flush). */
  releaseMemory(): ArrayBuffer[] {
    return this.ids.releaseMemory();
  }

  private add(key: string, email: string | null): number {
    const id = this.nextId++;
    this.newRows.values.push(id, key, email);
    this.ids.add(key, id);
    if (this.newRows.runIfFull()) this.firstWaiting = this.nextId;
    return id;
  }

  private emailIfKeyOf(id: number, key: string): string | null | undefined {
    if (id < this.firstWaiting) return this.emailIfKey.get(id, key) as string | null | undefined;
    const at = (id - this.firstWaiting) * CUSTOMER_FIELDS;
    const waiting = this.newRows.values;
    return waiting[at + 1] === key ? (waiting[at + 2] as string | null) : undefined;
  }

  private setEmail(id: number, email: string): void {
    if (id < this.firstWaiting) this.updateEmail.run(email, id);
    else this.newRows.values[(id - this.firstWaiting) * CUSTOMER_FIELDS + 2] = email;
  }
}
