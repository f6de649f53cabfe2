import { zonedWallTimeToUtc } from './timezones';
import { trimmed } from './trim';

/**
 * Dates as order exports write them. ISO-like dates (`2025-12-06 10:37:33 -0500`, with
 * `T`, `Z`, `±HH:MM` or no offset) are never ambiguous; day-month orders are
 * (`3/4/2025 9:15`), so they are read with an explicit format, detected from the data
 * when some day is above 12.
 */
export const DATE_FORMATS = ['YYYY-MM-DD', 'M/D/YYYY', 'D/M/YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  'YYYY-MM-DD': 'YYYY-MM-DD H:mm (ISO)',
  'M/D/YYYY': 'M/D/YYYY H:mm (month first)',
  'D/M/YYYY': 'D/M/YYYY H:mm (day first)',
};

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAY_MONTH =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp][Mm])?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;

export interface DateReadOptions {
  /** How to read day-month dates; ISO dates are read whatever it says. */
  format: DateFormat;
  /** IANA zone for dates without an offset. */
  timezone: string;
}

/** Minutes east of UTC of an offset as the patterns capture it (`Z`, `UTC`, `±HH`, `±HHMM`, `±HH:MM`). */
function offsetMinutes(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^(Z|UTC)$/i.test(text)) return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes);
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  fraction: string | undefined,
  offset: number | undefined,
  timezone: string,
): number | null {
  // Impossible days (31 April) are rejected here: Date.UTC would roll them over silently.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return null;
  const millis = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis);
  if (offset !== undefined) return wall - offset * 60_000;
  return zonedWallTimeToUtc(wall, timezone);
}

/** The value of `length` ASCII digits of `text` from `at`, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The common shapes of ISO dates read without a regular expression, a million times an
 * import: `YYYY-MM-DD HH:MM:SS` (or with `T`), then nothing, ` ±HHMM`, ` ±HH:MM`, `±HH:MM`
 * or `Z`. Anything else (undefined) is left to the full ISO pattern, which reads the same
 * shapes to the same instants.
 */
function parseCommonIso(text: string, timezone: string): number | null | undefined {
  const length = text.length;
  if (length < 19 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return undefined;
  }
  const separator = text.charCodeAt(10);
  if (separator !== 32 && separator !== 84) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if ((year | month | day | hour | minute | second) < 0) return undefined;
  let at = 19;
  if (at === length) return build(year, month, day, hour, minute, second, undefined, undefined, timezone);
  if (text.charCodeAt(at) === 32) at++;
  const sign = text.charCodeAt(at);
  if (sign === 90 && at + 1 === length) return build(year, month, day, hour, minute, second, undefined, 0, timezone);
  if (sign !== 43 && sign !== 45) return undefined;
  const rest = length - at - 1;
  const offsetHours = digitsAt(text, at + 1, 2);
  const colon = rest === 5 && text.charCodeAt(at + 3) === 58;
  if (offsetHours < 0 || (rest !== 4 && !colon)) return undefined;
  const minutesPart = digitsAt(text, at + (colon ? 4 : 3), 2);
  if (minutesPart < 0) return undefined;
  const offset = (sign === 45 ? -1 : 1) * (offsetHours * 60 + minutesPart);
  return build(year, month, day, hour, minute, second, undefined, offset, timezone);
}

/** The instant a date cell denotes (epoch ms), or null when it cannot be read. */
export function parseDate(raw: string, options: DateReadOptions): number | null {
  const text = trimmed(raw);
  if (text.length === 0) return null;
  const common = parseCommonIso(text, options.timezone);
  if (common !== undefined) return common;
  let m = ISO.exec(text);
  if (m) {
    return build(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7], offsetMinutes(m[8]), options.timezone);
  }
  m = DAY_MONTH.exec(text);
  if (!m || options.format === 'YYYY-MM-DD') return null;
  const first = +m[1];
  const second = +m[2];
  const [month, day] = options.format === 'M/D/YYYY' ? [first, second] : [second, first];
  let year = +m[3];
  if (m[3].length === 2) year += 2000;
  let hour = +(m[4] ?? 0);
  const meridiem = m[8]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return build(year, month, day, hour, +(m[5] ?? 0), +(m[6] ?? 0), m[7], offsetMinutes(m[9]), options.timezone);
}

export interface DateFormatDetection {
  /** The format the data decides, or null when it does not (or has no dates). */
  format: DateFormat | null;
  /** True when dates are day-month and nothing in the data tells which comes first. */
  ambiguous: boolean;
}

/**
 * Which format the values are in. ISO dates decide `YYYY-MM-DD`. For day-month dates a
 * first number above 12 means day first, a second number above 12 means month first;
 * when every value has both at most 12 the data cannot decide (ambiguous).
 */
export function detectDateFormat(values: Iterable<string>): DateFormatDetection {
  let iso = 0;
  let dayMonth = 0;
  let firstAbove12 = false;
  let secondAbove12 = false;
  for (const raw of values) {
    const text = raw.trim();
    if (!text) continue;
    if (ISO.test(text)) {
      iso++;
      continue;
    }
    const m = DAY_MONTH.exec(text);
    if (!m) continue;
    dayMonth++;
    if (+m[1] > 12) firstAbove12 = true;
    if (+m[2] > 12) secondAbove12 = true;
  }
  if (dayMonth === 0) return { format: iso > 0 ? 'YYYY-MM-DD' : null, ambiguous: false };
  if (firstAbove12 && !secondAbove12) return { format: 'D/M/YYYY', ambiguous: false };
  if (secondAbove12 && !firstAbove12) return { format: 'M/D/YYYY', ambiguous: false };
  // Both above 12 somewhere: the data contradicts itself; no format can read it all.
  return { format: null, ambiguous: !firstAbove12 && !secondAbove12 };
}
