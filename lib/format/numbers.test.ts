import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDate, formatDateTime, formatDuration, formatMoney, formatPercent } from './numbers';

describe('formatCount', () => {
  it('groups thousands and rounds', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(999.6)).toBe('1,000');
  });
});

describe('formatMoney', () => {
  it('uses the currency when it is a valid code', () => {
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoney(0.1 + 0.2, 'EUR')).toBe('€0.30');
  });
  it('falls back to a plain two-decimal number', () => {
    expect(formatMoney(1234.5)).toBe('1,234.50');
    expect(formatMoney(-3, 'not a code')).toBe('-3.00');
  });
});

describe('formatBytes', () => {
  it('picks binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1024 * 1024 * 1024)).toBe('1.0 GB');
    expect(formatBytes(150 * 1024 * 1024)).toBe('150 MB');
  });
});

describe('formatDuration', () => {
  it('reads like a person would say it', () => {
    expect(formatDuration(0.4)).toBe('< 1 s');
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(75)).toBe('1 min 15 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(3720)).toBe('1 h 2 min');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});

describe('dates', () => {
  it('formats in UTC whatever the machine zone', () => {
    expect(formatDate('2025-03-05T23:30:00-05:00')).toBe('Mar 6, 2025');
    expect(formatDate(Date.UTC(2024, 0, 1))).toBe('Jan 1, 2024');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('—');
    expect(formatDateTime(Date.UTC(2025, 11, 6, 15, 37))).toBe('Dec 6, 2025, 15:37 UTC');
  });
});

describe('formatPercent', () => {
  it('shows one decimal by default', () => {
    expect(formatPercent(0.4567)).toBe('45.7%');
    expect(formatPercent(1, 0)).toBe('100%');
  });
});
