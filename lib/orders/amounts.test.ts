import { describe, expect, it } from 'vitest';
import { parseAmount } from './amounts';

describe('parseAmount', () => {
  it.each([
    ['12.50', 12.5],
    ['-3', -3],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['12,5', 12.5],
    ['12,50', 12.5],
    ['1,234', 1234],
    ['1.234.567', 1234567],
    ['€ 12,50', 12.5],
    ['$1,200', 1200],
    ['(12.00)', -12],
    ['12.00 EUR', 12],
    ['EUR 12.00', 12],
    ["1'234.50", 1234.5],
    ['12.00-', -12],
    ['.5', 0.5],
  ])('%s → %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['twelve', '12..5', '1,2,3.4.5', '--', '$', '12 apples'])('%s is not an amount', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it('reads an empty cell as no amount', () => {
    expect(parseAmount('  ')).toBeNull();
  });
});

describe('parseAmount on plain decimals', () => {
  it.each([
    ['0', 0],
    ['007', 7],
    ['-0.50', -0.5],
    ['22.00', 22],
    ['123456789.01', 123456789.01],
  ])('%s → %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each([
    ['-', null],
    ['1.', null],
    ['-.5', -0.5],
    ['1.2.3', null],
    ['1-2', null],
    ['9'.repeat(400), null],
  ])('%s is left to the full rules: %s', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });
});

describe('parseAmount by hand and Number() agree', () => {
  it('on plain decimals of every length up to 18 digits, with and without a sign', () => {
    let seed = 11;
    const digit = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String(seed % 10);
    };
    for (let n = 0; n < 5000; n++) {
      const whole = Array.from({ length: 1 + (n % 12) }, digit).join('');
      const fraction = Array.from({ length: n % 7 }, digit).join('');
      const text = `${n % 3 === 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
      expect(parseAmount(text), text).toBe(Number(text));
    }
  });
});
