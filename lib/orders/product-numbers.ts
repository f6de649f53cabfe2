/**
 * Products (name, SKU, category) numbered as they first appear. A store has few products
 * and its lines many, so a line's product is looked up by its name's hash and then two
 * comparisons: when the same string objects come back (as the lines of an import's
 * batches share them), the hash is V8's cached one and the comparisons are identity.
 */
interface Entry {
  sku: string;
  category: string;
  number: number;
}

export class ProductNumbers {
  private readonly byName = new Map<string, Entry[]>();

  /** The product's number; `numberNew` numbers a product seen for the first time. */
  numberOf(name: string, sku: string, category: string, numberNew: () => number): number {
    let entries = this.byName.get(name);
    if (entries) {
      for (const entry of entries) if (entry.sku === sku && entry.category === category) return entry.number;
    } else {
      entries = [];
      this.byName.set(name, entries);
    }
    const number = numberNew();
    entries.push({ sku, category, number });
    return number;
  }
}
