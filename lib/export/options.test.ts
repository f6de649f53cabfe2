import { describe, expect, it } from 'vitest';
import { filtersQuerySchema } from '@/lib/analytics/filters';
import { filterQueryOf, PDF_FILTER_PARAMS, pdfOptionsSchema, pdfQuery, queryObject } from './options';

describe('PDF export options', () => {
  it('defaults to A4 landscape with the appendix and without the comparison', () => {
    expect(pdfOptionsSchema.parse({})).toEqual({ size: 'A4', orientation: 'landscape', compare: false, appendix: true, filters: {} });
  });

  it('reads the query string the Export dialog writes', () => {
    const filters = { from: '2025-01-01', country: 'US', discount: 'none' };
    const query = pdfQuery({ size: 'A3', orientation: 'portrait', compare: true, storeId: 'abc', appendix: false, filters });
    expect(pdfOptionsSchema.parse(queryObject(new URLSearchParams(query)))).toEqual({
      size: 'A3',
      orientation: 'portrait',
      compare: true,
      storeId: 'abc',
      appendix: false,
      filters,
    });
  });

  it('refuses unknown values and parameters, naming them', () => {
    const bad = pdfOptionsSchema.safeParse({ size: 'A5', orientation: 'sideways', compare: 'yes', colour: 'red' });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.') || i.code);
    expect(paths).toEqual(expect.arrayContaining(['size', 'orientation', 'compare']));
  });

  it('checks the overlay filters by the comparison API rules, naming the bad one', () => {
    const bad = pdfOptionsSchema.safeParse({ compare: '1', from: '2025-13-45', discount: 'maybe' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['from', 'discount']));
  });

  it('takes the same filter names as the comparison API', () => {
    expect([...PDF_FILTER_PARAMS].sort()).toEqual(Object.keys(filtersQuerySchema.in.shape).sort());
  });

  it('keeps only the filters that are set', () => {
    expect(filterQueryOf({ from: ' 2025-01-01 ', to: '', country: undefined, source: 3 })).toEqual({ from: '2025-01-01' });
    expect(pdfQuery({ filters: { country: 'US', source: '' } })).toBe('country=US');
  });
});
