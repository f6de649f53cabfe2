import { describe, expect, it } from 'vitest';
import { formatRelativeTime, formatTimestamp } from './relativeTime';

const now = new Date('2026-11-22T15:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const s = 1000;
const min = 60 * s;
const h = 60 * min;
const d = 24 * h;

describe('formatRelativeTime', () => {
  it.each([
    [0, 'just now'],
    [44 * s, 'just now'],
    [46 * s, '1 minute ago'],
    [90 * s, '2 minutes ago'],
    [59 * min, '59 minutes ago'],
    [60 * min, '1 hour ago'],
    [23 * h + 59 * min, '23 hours ago'],
    [24 * h, 'yesterday'],
    [47 * h, 'yesterday'],
    [2 * d, '2 days ago'],
    [6 * d + 23 * h, '6 days ago'],
    [7 * d, 'Nov 15'],
    [400 * d, 'Oct 18, 2025'],
  ])('%i ms ago reads "%s"', (elapsed, expected) => {
    expect(formatRelativeTime(ago(elapsed), now)).toBe(expected);
  });

  it('treats a time slightly in the future as just now', () => {
    expect(formatRelativeTime(new Date(now.getTime() + 5 * s), now)).toBe('just now');
  });

  it('accepts ISO strings and handles garbage', () => {
    expect(formatRelativeTime('2026-11-22T14:00:00Z', now)).toBe('1 hour ago');
    expect(formatRelativeTime('not a date', now)).toBe('—');
  });
});

describe('formatTimestamp', () => {
  it('shows the date and UTC time', () => {
    expect(formatTimestamp('2026-11-22T09:05:00Z')).toBe('Nov 22, 2026, 09:05 UTC');
  });
});
