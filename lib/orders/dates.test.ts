import { describe, expect, it } from 'vitest';
import { detectDateFormat, parseDate } from './dates';

const utc = { format: 'YYYY-MM-DD' as const, timezone: 'UTC' };

describe('parseDate', () => {
  it('reads Shopify timestamps with their offset', () => {
    expect(parseDate('2025-12-06 10:37:33 -0500', utc)).toBe(Date.UTC(2025, 11, 6, 15, 37, 33));
    expect(parseDate('2025-06-01 00:30:00 +0200', utc)).toBe(Date.UTC(2025, 4, 31, 22, 30, 0));
  });

  it('reads ISO dates with Z, ±HH:MM, fractions, or no time', () => {
    expect(parseDate('2025-03-01T10:00:00Z', utc)).toBe(Date.UTC(2025, 2, 1, 10));
    expect(parseDate('2025-03-01T10:00:00.250+01:00', utc)).toBe(Date.UTC(2025, 2, 1, 9, 0, 0, 250));
    expect(parseDate('2025-03-01', utc)).toBe(Date.UTC(2025, 2, 1));
  });

  it('reads dates without an offset in the chosen time zone, across DST', () => {
    const paris = { format: 'YYYY-MM-DD' as const, timezone: 'Europe/Paris' };
    expect(parseDate('2025-01-15 12:00', paris)).toBe(Date.UTC(2025, 0, 15, 11));
    expect(parseDate('2025-07-15 12:00', paris)).toBe(Date.UTC(2025, 6, 15, 10));
    const ny = { format: 'M/D/YYYY' as const, timezone: 'America/New_York' };
    expect(parseDate('3/9/2025 1:30', ny)).toBe(Date.UTC(2025, 2, 9, 6, 30)); // before the spring change
    expect(parseDate('3/9/2025 3:30', ny)).toBe(Date.UTC(2025, 2, 9, 7, 30)); // after it
    expect(parseDate('2025-03-01 10:00 +0000', paris)).toBe(Date.UTC(2025, 2, 1, 10)); // an offset wins
  });

  it('reads day-month dates in the chosen order, with AM/PM and two-digit years', () => {
    expect(parseDate('3/4/2025 9:15', { format: 'M/D/YYYY', timezone: 'UTC' })).toBe(Date.UTC(2025, 2, 4, 9, 15));
    expect(parseDate('3/4/2025 9:15', { format: 'D/M/YYYY', timezone: 'UTC' })).toBe(Date.UTC(2025, 3, 3, 9, 15));
    expect(parseDate('25.12.2024 18:30', { format: 'D/M/YYYY', timezone: 'UTC' })).toBe(Date.UTC(2024, 11, 25, 18, 30));
    expect(parseDate('12/1/10 8:26 PM', { format: 'M/D/YYYY', timezone: 'UTC' })).toBe(Date.UTC(2010, 11, 1, 20, 26));
    expect(parseDate('12/1/2010 12:05 AM', { format: 'M/D/YYYY', timezone: 'UTC' })).toBe(Date.UTC(2010, 11, 1, 0, 5));
  });

  it('rejects what is not a date, impossible days and the wrong order', () => {
    for (const text of ['yesterday', '2025-02-30', '2025-13-01', '13/25/2025', '', '2025-03-01 25:00']) {
      expect(parseDate(text, { format: 'M/D/YYYY', timezone: 'UTC' })).toBeNull();
    }
    expect(parseDate('25/12/2024', { format: 'M/D/YYYY', timezone: 'UTC' })).toBeNull();
    expect(parseDate('3/4/2025', utc)).toBeNull();
  });
});

describe('detectDateFormat', () => {
  it('is decided by a day above 12', () => {
    expect(detectDateFormat(['3/4/2025', '25/12/2024 10:00'])).toEqual({ format: 'D/M/YYYY', ambiguous: false });
    expect(detectDateFormat(['3/4/2025', '12/13/2010 8:26'])).toEqual({ format: 'M/D/YYYY', ambiguous: false });
  });

  it('says when the data cannot decide', () => {
    expect(detectDateFormat(['3/4/2025 9:15', '5/6/2025'])).toEqual({ format: null, ambiguous: true });
  });

  it('knows ISO dates and contradictions', () => {
    expect(detectDateFormat(['2025-12-06 10:37:33 -0500', ''])).toEqual({ format: 'YYYY-MM-DD', ambiguous: false });
    expect(detectDateFormat(['13/1/2025', '1/13/2025'])).toEqual({ format: null, ambiguous: false });
    expect(detectDateFormat(['', 'n/a'])).toEqual({ format: null, ambiguous: false });
  });
});

describe('parseDate on the common ISO shapes', () => {
  /** A deterministic stream of date parts, leap days and month ends included. */
  function* samples() {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 400; i++) {
      const year = 1999 + next(30);
      const month = 1 + next(12);
      const day = 1 + next(31);
      yield { year, month, day, hour: next(24), minute: next(60), second: next(60), offset: (next(27) - 12) * 60 + (next(2) ? 30 : 0) };
    }
  }
  const two = (n: number) => String(n).padStart(2, '0');

  it('reads every shape to the instant Date.parse gives, and refuses impossible days', () => {
    const options = { format: 'YYYY-MM-DD' as const, timezone: 'UTC' };
    for (const d of samples()) {
      const date = `${d.year}-${two(d.month)}-${two(d.day)}`;
      const time = `${two(d.hour)}:${two(d.minute)}:${two(d.second)}`;
      const sign = d.offset < 0 ? '-' : '+';
      const hh = two(Math.floor(Math.abs(d.offset) / 60));
      const mm = two(Math.abs(d.offset) % 60);
      const expected = Date.parse(`${date}T${time}${sign}${hh}:${mm}`);
      const real = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDate() === d.day;
      for (const text of [`${date} ${time} ${sign}${hh}${mm}`, `${date}T${time}${sign}${hh}:${mm}`, `${date} ${time} ${sign}${hh}:${mm}`]) {
        expect(parseDate(text, options), text).toBe(real ? expected : null);
      }
      const utc = Date.parse(`${date}T${time}Z`);
      for (const text of [`${date}T${time}Z`, `${date} ${time}`, `${date}T${time}`]) {
        expect(parseDate(text, options), text).toBe(real ? utc : null);
      }
    }
  });

  it('leaves other shapes to the full pattern', () => {
    const options = { format: 'YYYY-MM-DD' as const, timezone: 'UTC' };
    expect(parseDate('2024-06-01 10:34:11 +04', options)).toBe(Date.parse('2024-06-01T10:34:11+04:00'));
    expect(parseDate('2024-06-01t10:34:11z', options)).toBe(Date.parse('2024-06-01T10:34:11Z'));
    expect(parseDate('2024-06-01 10:34:11.250 -0500', options)).toBe(Date.parse('2024-06-01T10:34:11.250-05:00'));
    expect(parseDate('2024-6-1 10:34:11', options)).toBe(Date.parse('2024-06-01T10:34:11Z'));
    expect(parseDate('2024-06-01 10:34:11 +4', options)).toBeNull();
    expect(parseDate('2024-06-01 25:00:00', options)).toBeNull();
    expect(parseDate('2023-02-29 10:00:00', options)).toBeNull();
    expect(parseDate('2024-02-29 10:00:00', options)).toBe(Date.parse('2024-02-29T10:00:00Z'));
  });
});
