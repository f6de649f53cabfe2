/**
 * Interns strings into small integer ids so hot loops compare numbers, not text.
 * Matching is case-insensitive and ignores surrounding spaces, so the key of a value is
 * its trimmed, lower-cased form; the label kept is the first spelling seen.
 * Id 0 is always the empty value ("none").
 */
export class Dictionary {
  readonly labels: string[] = [''];
  readonly keys: string[] = [''];
  private readonly ids = new Map<string, number>([['', 0]]);
  /** Exact spellings already seen: most values repeat verbatim, so this skips trimming and lower-casing. */
  private readonly raw = new Map<string, number>([['', 0]]);

  static keyOf(value: string): string {
    return value.trim().toLowerCase();
  }

  /** The id of `value`, adding it when new. */
  intern(value: string | null | undefined): number {
    const text = value ?? '';
    const known = this.raw.get(text);
    if (known !== undefined) return known;
    const key = Dictionary.keyOf(text);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.labels.push(text.trim());
    }
    this.raw.set(text, id);
    return id;
  }

  /** The id of `value`, or -1 when no purchase ever had it. */
  find(value: string): number {
    return this.ids.get(Dictionary.keyOf(value)) ?? -1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** One flag per id: does the entry match `value` (equals or contains, case-insensitive)? */
  matchTable(value: string, match: 'equals' | 'contains'): Uint8Array {
    const needle = Dictionary.keyOf(value);
    const table = new Uint8Array(this.keys.length);
    for (let id = 1; id < this.keys.length; id++) {
      const key = this.keys[id];
      table[id] = (match === 'equals' ? key === needle : key.includes(needle)) ? 1 : 0;
    }
    return table;
  }
}
