/**
 * Text compared as SQLite compares it (BINARY: by UTF-8 bytes, which is by code point).
 * JavaScript's < compares UTF-16 units, and so puts characters above U+FFFF before
 * U+E000…U+FFFF; imports use this wherever their order must match the database's
 * (order ids breaking ties, the greatest e-mail of a customer).
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++; // both took two units: the same character
  }
  return a.length - b.length;
}
