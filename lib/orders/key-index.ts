/**
 * Text key → number (order id → order, customer key → customer), for telling whether a
 * key was seen before, in 8 bytes a slot: an open-addressing table of 32-bit hashes and
 * numbers in typed arrays. A Map of the keys themselves would hold every key string
 * (about 90 bytes each, half a million orders and a third of a million customers in a
 * large export), and grow the import's memory with the file.
 *
 * Equal hashes of different keys happen (about once in four billion pairs), so every match
 * is confirmed by the caller, who reads the key back from where the number points: a
 * false candidate costs one read, never a wrong answer. That is why 32 bits are enough.
 */

/** FNV-1a over the UTF-16 units, with a final mix so the low bits (the slot) depend on every unit. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return hash >>> 0;
}

const EMPTY = 0;

/**
 * Slots in use at most, as a fraction of all: three quarters. Half (the usual rule for
 * linear probing) would double the table for a million and a half orders, 16 MB more at an
 * import's busiest, for a few more probes of a 4-byte hash next to each other in memory.
 */
const MAX_USED_SLOTS = 3 / 4;

export class KeyIndex {
  /** The key's hash per slot, never 0 (0: empty). */
  private hashes: Uint32Array;
  private numbers: Int32Array;
  private used = 0;

  constructor(capacity = 1 << 12) {
    let size = 16;
    while (size * MAX_USED_SLOTS < capacity) size *= 2;
    this.hashes = new Uint32Array(size);
    this.numbers = new Int32Array(size);
  }

  get size(): number {
    return this.used;
  }

  /** Slots in the table (8 bytes each). */
  get slots(): number {
    return this.hashes.length;
  }

  /**
   * The number recorded for `key`, or undefined. `isKeyOf(n)` confirms that number `n`
   * really has this key; it is asked only when the hashes are equal.
   */
  find(key: string, isKeyOf: (number: number) => boolean): number | undefined {
    const stored = slotHash(key);
    const mask = this.hashes.length - 1;
    for (let slot = stored & mask; ; slot = (slot + 1) & mask) {
      const here = this.hashes[slot];
      if (here === EMPTY) return undefined;
      if (here === stored && isKeyOf(this.numbers[slot])) return this.numbers[slot];
    }
  }

  /** Makes room for `keys` keys in all at once, where adding them one by one would grow the table step by step. */
  reserve(keys: number): void {
    let size = this.hashes.length;
    while (size * MAX_USED_SLOTS < keys) size *= 2;
    if (size > this.hashes.length) this.resize(size);
  }

  /** Empties the index and hands its memory over (to SpareMemory); the index goes on, small and empty. */
  releaseMemory(): ArrayBuffer[] {
    const buffers = [this.hashes.buffer as ArrayBuffer, this.numbers.buffer as ArrayBuffer];
    this.hashes = new Uint32Array(16);
    this.numbers = new Int32Array(16);
    this.used = 0;
    return buffers;
  }

  /** Records a key that find() did not know. */
  add(key: string, number: number): void {
    if (this.used + 1 > this.hashes.length * MAX_USED_SLOTS) this.grow();
    this.place(slotHash(key), number);
    this.used++;
  }

  private place(stored: number, number: number): void {
    const mask = this.hashes.length - 1;
    let slot = stored & mask;
    while (this.hashes[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.hashes[slot] = stored;
    this.numbers[slot] = number;
  }

  private grow(): void {
    this.resize(this.hashes.length * 2);
  }

  private resize(size: number): void {
    const hashes = this.hashes;
    const numbers = this.numbers;
    this.hashes = new Uint32Array(size);
    this.numbers = new Int32Array(size);
    for (let i = 0; i < hashes.length; i++) if (hashes[i] !== EMPTY) this.place(hashes[i], numbers[i]);
  }
}

/** The hash as a slot holds it: 0 marks an empty slot, so a hash of 0 is kept as 1. */
function slotHash(key: string): number {
  return hash32(key) || 1;
}
