import { describe, expect, it } from 'vitest';
import { SpareMemory } from './spare-memory';

describe('SpareMemory', () => {
  it('carves zeroed arrays out of the buffers it was given, side by side, then makes new ones', () => {
    const first = new ArrayBuffer(40);
    const second = new ArrayBuffer(32);
    new Int32Array(first).fill(7);
    new Int32Array(second).fill(7);
    const memory = new SpareMemory([first, second]);

    const a = memory.int32(6); // 24 of the first buffer's 40 bytes
    const b = memory.int32(5); // 20 bytes do not fit in the 16 left there: the second buffer
    const c = memory.int32(4); // the rest of the first
    const d = memory.int32(3); // the rest of the second
    const e = memory.int32(1); // no room left anywhere: new memory
    expect(a.buffer).toBe(first);
    expect(b.buffer).toBe(second);
    expect(c.buffer).toBe(first);
    expect(d.buffer).toBe(second);
    expect([a.byteOffset, b.byteOffset, c.byteOffset, d.byteOffset]).toEqual([0, 0, 24, 20]);
    expect(e.buffer).not.toBe(first);
    expect(e.buffer).not.toBe(second);
    for (const array of [a, b, c, d, e]) expect([...array].every((value) => value === 0)).toBe(true);

    a.fill(1);
    c.fill(3);
    expect([...new Int32Array(first)]).toEqual([1, 1, 1, 1, 1, 1, 3, 3, 3, 3]);
  });

  it('with nothing given, makes new arrays', () => {
    expect([...new SpareMemory().int32(3)]).toEqual([0, 0, 0]);
  });
});
