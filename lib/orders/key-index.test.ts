import { describe, expect, it } from 'vitest';
import { hash53, KeyIndex } from './key-index';

describe('KeyIndex', () => {
  it('finds every id it was given, and none it was not, through growth', () => {
    const index = new KeyIndex(4);
    const ids = Array.from({ length: 20_000 }, (_, i) => `#${1000 + i}`);
    ids.forEach((id, i) => index.add(id, i + 1));
    expect(index.size).toBe(20_000);
    const confirm = (id: string) => (n: number) => ids[n - 1] === id;
    for (const [i, id] of ids.entries()) expect(index.find(id, confirm(id))).toBe(i + 1);
    expect(index.find('#999', confirm('#999'))).toBeUndefined();
    expect(index.find('', confirm(''))).toBeUndefined();
  });

  it('asks the caller to confirm a match, and passes over a candidate it refuses', () => {
    const index = new KeyIndex();
    index.add('A-1', 7);
    const asked: number[] = [];
    expect(
      index.find('A-1', (n) => {
        asked.push(n);
        return false; // as if order 7 had another id with the same hash
      }),
    ).toBeUndefined();
    expect(asked).toEqual([7]);
    expect(index.find('B-1', () => true)).toBeUndefined(); // a different hash is never a candidate
  });

  it('hashes spread similar ids over 53 bits', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200_000; i++) {
      const h = hash53(`#${i}`);
      expect(Number.isSafeInteger(h) && h >= 0).toBe(true);
      seen.add(h);
    }
    expect(seen.size).toBe(200_000);
    expect(hash53('x\u{1F600}')).not.toBe(hash53('x\uFF5E'));
  });
});
