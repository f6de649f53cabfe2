/**
 * Int32 arrays carved out of buffers nothing uses any more, before new memory is asked for.
 * An import's key indexes are done with once the file is read, just when the timeline needs
 * working arrays of about the same size (lib/orders/purchase-places.ts). Let go instead,
 * their buffers would wait for a full collection, which an import thread seldom runs, while
 * the new arrays were allocated beside them: 10 MB of a million-row import's peak memory.
 */
export class SpareMemory {
  private readonly spares: Array<{ buffer: ArrayBuffer; used: number }>;

  /** `buffers`: memory handed over for good; whoever gave it must not use it again. */
  constructor(buffers: ArrayBuffer[] = []) {
    this.spares = buffers.map((buffer) => ({ buffer, used: 0 }));
  }

  /** A zeroed array of `length`: from a spare buffer with room left, else a new one. */
  int32(length: number): Int32Array {
    const bytes = length * Int32Array.BYTES_PER_ELEMENT;
    for (const spare of this.spares) {
      if (spare.buffer.byteLength - spare.used < bytes) continue;
      const array = new Int32Array(spare.buffer, spare.used, length);
      spare.used += bytes;
      return array.fill(0);
    }
    return new Int32Array(length);
  }
}
