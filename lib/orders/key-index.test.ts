import { describe, expect, it } from 'vitest';
import { hash32, KeyIndex } from './key-index';

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

  it('fills its slots up to three quarters before it doubles them', () => {
    const index = new KeyIndex(0);
    for (let i = 0; i < 3072; i++) index.add(`#${i}`, i + 1);
    expect(index.slots).toBe(4096);
    index.add('#3072', 3073);
    expect(index.slots).toBe(8192);
    expect(new KeyIndex(3072).slots).toBe(4096);
    expect(new KeyIndex(3073).slots).toBe(8192);
  });

  it('makes room for many keys at once, keeping the ones it has, and never shrinks', () => {
    const index = new KeyIndex(0);
    for (let i = 0; i < 10; i++) index.add(`#${i}`, i + 1);
    index.reserve(30_000);
    expect(index.slots).toBe(65_536);
    for (let i = 10; i < 30_000; i++) index.add(`#${i}`, i + 1);
    expect(index.slots).toBe(65_536); // no growth on the way
    for (let i = 0; i < 30_000; i++) expect(index.find(`#${i}`, (n) => n === i + 1)).toBe(i + 1);
    index.reserve(10);
    expect(index.slots).toBe(65_536);
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

  it('finds each of many similar keys, asking for a confirmation in vain only rarely', () => {
    const index = new KeyIndex();
    const keys = Array.from({ length: 50_000 }, (_, i) => `customer-${i}@example.com`);
    keys.forEach((key, i) => index.add(key, i + 1));
    let falseCandidates = 0;
    for (const [i, key] of keys.entries()) {
      const found = index.find(key, (n) => {
        if (keys[n - 1] !== key) falseCandidates++;
        return keys[n - 1] === key;
      });
      expect(found).toBe(i + 1);
    }
    expect(falseCandidates).toBeLessThan(5);
  });

  it('hashes spread similar ids over 32 bits, the slot bits included', () => {
    const seen = new Set<number>();
    const lowBits = new Set<number>();
    for (let i = 0; i < 20_000; i++) {
      const h = hash32(`#${i}`);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
      seen.add(h);
      lowBits.add(h & 0xffff);
    }
    expect(seen.size).toBeGreaterThan(19_990);
    expect(lowBits.size).toBeGreaterThan(15_000); // 20,000 keys over 65,536 slots, spread as random ones would be
    expect(hash32('x\u{1F600}')).not.toBe(hash32('x\uFF5E'));
  });
});
