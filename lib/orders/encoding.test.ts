import { describe, expect, it } from 'vitest';
import { createDecoder, decodeAll, detectEncoding } from './encoding';
import { fixture } from './test-helpers';

describe('detectEncoding', () => {
  it.each([
    ['utf8-bom.csv', 'utf-8-bom', 3],
    ['utf16le-excel.txt', 'utf-16le', 2],
    ['utf16be.csv', 'utf-16be', 2],
    ['windows-1252.csv', 'windows-1252', 0],
    ['shopify-orders.csv', 'utf-8', 0],
  ])('%s is %s', (name, encoding, bomLength) => {
    expect(detectEncoding(fixture(name))).toEqual({ encoding, bomLength });
  });

  it('reads UTF-16 LE without a BOM from its zero bytes', () => {
    const bytes = new Uint8Array(Buffer.from('order_id,total\n1,2\n', 'utf16le'));
    expect(detectEncoding(bytes).encoding).toBe('utf-16le');
  });

  it('does not mistake a multi-byte character cut by the sample end for Windows-1252', () => {
    const bytes = new Uint8Array(Buffer.from('a,b\nzoé', 'utf8'));
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
  });
});

describe('decoding', () => {
  const expected = 'Crème brûlée € set';
  it.each(['utf8-bom.csv', 'utf16le-excel.txt', 'utf16be.csv', 'windows-1252.csv'])('%s decodes the same text', (name) => {
    const bytes = fixture(name);
    const text = decodeAll(bytes, detectEncoding(bytes));
    expect(text.startsWith('order_id')).toBe(true);
    expect(text).toContain(expected);
    expect(text).toContain('Café “Spezial”');
    expect(text).toContain('zoé@example.com');
  });

  it.each(['utf8-bom.csv', 'utf16le-excel.txt', 'utf16be.csv', 'windows-1252.csv'])(
    '%s decodes identically when streamed one byte at a time',
    (name) => {
      const bytes = fixture(name);
      const detection = detectEncoding(bytes);
      const decoder = createDecoder(detection.encoding);
      let text = '';
      for (let i = detection.bomLength; i < bytes.length; i++) text += decoder.decode(bytes.subarray(i, i + 1));
      text += decoder.end();
      expect(text).toBe(decodeAll(bytes, detection));
    },
  );
});
