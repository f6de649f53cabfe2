import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from './text-order';

describe('compareText', () => {
  it('orders text by UTF-8 bytes, as SQLite does', () => {
    // JavaScript's < puts U+FF5E after U+1F600 (it compares UTF-16 units); by bytes it is before.
    expect(compareText('x\uFF5E', 'x\u{1F600}')).toBeLessThan(0);
    expect('x\uFF5E' < 'x\u{1F600}').toBe(false);
    expect(compareText('#1001', '#10000')).toBeGreaterThan(0);
    expect(compareText('#100', '#1000')).toBeLessThan(0);
    expect(compareText('a\u{1F600}b', 'a\u{1F600}b')).toBe(0);
  });

  it('agrees with a byte comparison for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const bytes = Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
        expect(Math.sign(compareText(a, b))).toBe(bytes);
      }),
    );
  });
});
