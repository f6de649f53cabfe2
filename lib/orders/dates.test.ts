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
