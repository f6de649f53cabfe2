import { describe, expect, it } from 'vitest';
import { parseDateInput } from './dates';
import { filtersQuerySchema } from './filters';

describe('filters from a query string', () => {
  it('reads whole UTC days, inclusive at both ends, and the as-of date as the end of its day', () => {
    const parsed = filtersQuerySchema.parse({ from: '2025-01-01', to: '2025-01-31', asOf: '2025-02-10', source: 'web' });
    expect(parsed.filters).toEqual({ from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 1, 1) - 1, source: 'web' });
    expect(parsed.asOf).toBe(Date.UTC(2025, 1, 11) - 1);
  });

  it('reads the discount filter', () => {
    expect(filtersQuerySchema.parse({ discount: 'any' }).filters).toEqual({ firstDiscount: { used: true } });
    expect(filtersQuerySchema.parse({ discount: 'none' }).filters).toEqual({ firstDiscount: { used: false } });
    expect(filtersQuerySchema.parse({ discountCode: 'WELCOME' }).filters).toEqual({ firstDiscount: { used: true, code: 'WELCOME' } });
  });

  it('treats empty parameters as absent and names a bad date', () => {
    expect(filtersQuerySchema.parse({ from: '', country: ' ' })).toEqual({ filters: {}, asOf: null });
    const bad = filtersQuerySchema.safeParse({ to: '2025-02-30' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0].path).toEqual(['to']);
  });
});

describe('parseDateInput', () => {
  it('accepts dates and ISO date-times, rejects the rest', () => {
    expect(parseDateInput('2025-03-01', 'start')).toBe(Date.UTC(2025, 2, 1));
    expect(parseDateInput('2025-03-01T10:00:00Z', 'end')).toBe(Date.UTC(2025, 2, 1, 10));
    expect(parseDateInput('03/01/2025', 'start')).toBeNull();
    expect(parseDateInput('2025-13-01', 'start')).toBeNull();
  });
});
