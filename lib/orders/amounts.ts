import { trimmed } from './trim';

/**
 * Money and quantities as exports write them: `12.50`, `-3`, `1,234.56`, `1.234,56`,
 * `12,50`, `€ 12,50`, `$1,200`, `(12.00)` for a negative amount, `12.00 EUR`.
 * A single comma followed by exactly three digits is a thousands separator (`1,234`);
 * followed by one or two digits it is the decimal separator (`12,5`).
 */

/** Powers of ten exactly representable as doubles. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of a plain decimal (`12`, `-3`, `22.00`), or undefined for anything else:
 * nearly every amount of an export, read a few million times an import, so by hand. With
 * at most 15 digits the digits are an exact integer, and one division by an exact power
 * of ten rounds correctly: the value is the one Number() gives. Longer ones go to Number().
 */
function plainDecimal(text: string): number | undefined {
  const negative = text.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  const digitsFrom = i;
  let digits = 0;
  let code = 0;
  while (i < text.length && (code = text.charCodeAt(i) - 48) >= 0 && code <= 9) {
    digits = digits * 10 + code;
    i++;
  }
  if (i === digitsFrom) return undefined;
  let fractionDigits = 0;
  if (i < text.length) {
    if (text.charCodeAt(i) !== 46) return undefined;
    const fractionFrom = ++i;
    while (i < text.length && (code = text.charCodeAt(i) - 48) >= 0 && code <= 9) {
      digits = digits * 10 + code;
      i++;
    }
    if (i !== text.length || i === fractionFrom) return undefined;
    fractionDigits = i - fractionFrom;
  }
  const digitCount = i - digitsFrom - (fractionDigits > 0 ? 1 : 0);
  if (digitCount > 15) return Number(text);
  const value = fractionDigits === 0 ? digits : digits / EXACT_POWERS_OF_TEN[fractionDigits];
  return negative ? -value : value;
}

export function parseAmount(raw: string): number | null {
  let text = trimmed(raw);
  if (text.length === 0) return null;
  const plain = plainDecimal(text);
  if (plain !== undefined) return Number.isFinite(plain) ? plain : null;
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  // Currency symbols, ISO codes and spaces (including non-breaking and thin spaces).
  text = text.replace(/[\s\u00a0\u202f]|[A-Za-z]{3}$|^[A-Za-z]{3}|[$€£¥₹]/g, '');
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (!/^[\d.,']+$/.test(text) || !/\d/.test(text)) return null;
  text = text.replace(/'/g, '');
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let integer = text;
  let fraction = '';
  let thousands: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    thousands = lastDot > lastComma ? ',' : '.';
    integer = text.slice(0, decimalAt);
    fraction = text.slice(decimalAt + 1);
  } else if (lastComma >= 0) {
    const commas = text.split(',').length - 1;
    const after = text.length - lastComma - 1;
    if (commas === 1 && after !== 3) {
      integer = text.slice(0, lastComma);
      fraction = text.slice(lastComma + 1);
    } else thousands = ',';
  } else if (lastDot >= 0) {
    const dots = text.split('.').length - 1;
    // `1.234.567` uses dots as thousands separators.
    if (dots > 1) thousands = '.';
    else {
      integer = text.slice(0, lastDot);
      fraction = text.slice(lastDot + 1);
    }
  }
  if (thousands !== null && integer.includes(thousands)) {
    const groups = integer.split(thousands);
    if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
    integer = groups.join('');
  }
  if (!/^\d*$/.test(integer) || !/^\d*$/.test(fraction) || (integer === '' && fraction === '')) return null;
  if (text.endsWith('.') || text.endsWith(',')) return null;
  const normalised = fraction ? `${integer || '0'}.${fraction}` : integer;
  const value = Number(normalised);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/** Rounds money to cents, removing binary floating-point noise from sums. */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}
