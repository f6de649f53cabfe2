/**
 * Time arithmetic shared by every figure. All instants are epoch milliseconds in UTC;
 * "day N" always means N whole 24-hour periods after the customer's first purchase
 * (day 0 is the first 24 hours), the same rule the timeline's `dayOffset` follows.
 */

export const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function wholeDaysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY_MS);
}

/** Months since January 1970 of an instant, in UTC: 2025-01 → 660. */
export function monthIndexOf(at: number): number {
  const date = new Date(at);
  return date.getUTCFullYear() * 12 + date.getUTCMonth() - 1970 * 12;
}

/** `660` → `"2025-01"`. */
export function monthLabel(monthIndex: number): string {
  const year = 1970 + Math.floor(monthIndex / 12);
  const month = monthIndex - (year - 1970) * 12 + 1;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a user-supplied date. A plain date (`2025-03-31`) means that whole UTC day:
 * `edge: 'start'` gives its first millisecond, `edge: 'end'` its last, so a range
 * `from=2025-01-01&to=2025-01-31` includes every order placed in January. Anything else
 * must be an ISO date-time. Returns null when the text is not a valid date.
 */
export function parseDateInput(text: string, edge: 'start' | 'end'): number | null {
  const trimmed = text.trim();
  const dateOnly = DATE_ONLY.exec(trimmed);
  if (dateOnly) {
    const [, y, m, d] = dateOnly;
    const start = Date.UTC(Number(y), Number(m) - 1, Number(d));
    const check = new Date(start);
    if (check.getUTCFullYear() !== Number(y) || check.getUTCMonth() !== Number(m) - 1 || check.getUTCDate() !== Number(d)) return null;
    return edge === 'start' ? start : start + DAY_MS - 1;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) return null;
  const instant = Date.parse(trimmed);
  return Number.isFinite(instant) ? instant : null;
}
