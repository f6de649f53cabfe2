/**
 * Text key → number (order id → order, customer key → customer), for telling whether a
 * key was seen before, in a few bytes per key: an open-addressing table of 53-bit hashes
 * and numbers in typed arrays. A Map of the keys themselves would hold every key string
 * (about 90 bytes each, half a million orders and a third of a million customers in a
 * large export). Equal hashes of different keys are possible, if astronomically rare, so
 * a match is confirmed by the caller, who can read the key back.
 */

/** Two independent 32-bit FNV-1a lanes over the UTF-16 units, combined into 53 bits. */
export function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 11) * 0x100000000 + (b >>> 0);
}

const EMPTY = 0;

export class KeyIndex {
  /** hash + 1 per slot (0: empty). */
  private hashes: Float64Array;
  private numbers: Int32Array;
  private used = 0;

  constructor(capacity = 1 << 12) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.hashes = new Float64Array(size);
    this.numbers = new Int32Array(size);
  }

  get size(): number {
    return this.used;
  }

  /**
   * The number recorded for `key`, or undefined. `isKeyOf(n)` confirms that number `n`
   * really has this key; it is asked only when the hashes are equal.
   */
  find(key: string, isKeyOf: (number: number) => boolean): number | undefined {
    const stored = hash53(key) + 1;
    const mask = this.hashes.length - 1;
    for (let slot = stored % this.hashes.length; ; slot = (slot + 1) & mask) {
      const here = this.hashes[slot];
      if (here === EMPTY) return undefined;
      if (here === stored && isKeyOf(this.numbers[slot])) return this.numbers[slot];
    }
  }

  /** Records a key that find() did not know. */
  add(key: string, number: number): void {
    if ((this.used + 1) * 2 > this.hashes.length) this.grow();
    this.place(hash53(key) + 1, number);
    this.used++;
  }

  private place(stored: number, number: number): void {
    const mask = this.hashes.length - 1;
    let slot = stored % this.hashes.length;
    while (this.hashes[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.hashes[slot] = stored;
    this.numbers[slot] = number;
  }

  private grow(): void {
    const hashes = this.hashes;
    const numbers = this.numbers;
    this.hashes = new Float64Array(hashes.length * 2);
    this.numbers = new Int32Array(numbers.length * 2);
    for (let i = 0; i < hashes.length; i++) if (hashes[i] !== EMPTY) this.place(hashes[i], numbers[i]);
  }
}
