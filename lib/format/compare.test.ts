import { describe, expect, it } from 'vitest';
import { describeDays, describeFilters, describeGap, describeOnTime, flowStrokeWidth, sharePercent, targetTone } from './compare';
import { filtersQuerySchema } from '@/lib/analytics/filters';

describe('targetTone', () => {
  it('is green on or above target, amber within 10 points, rose further behind', () => {
    expect(targetTone(0.5, 0.5)).toBe('good');
    expect(targetTone(0.61, 0.5)).toBe('good');
    expect(targetTone(0.45, 0.5)).toBe('close');
    expect(targetTone(0.4, 0.5)).toBe('close'); // exactly 10 points
    expect(targetTone(0.7 - 0.3, 0.5)).toBe('close'); // float noise (0.39999…) stays amber
    expect(targetTone(0.39, 0.5)).toBe('behind');
    expect(targetTone(0, 0.3)).toBe('behind');
  });
  it('is neutral without a target or without anyone eligible', () => {
    expect(targetTone(0.5, null)).toBe('neutral');
    expect(targetTone(null, 0.5)).toBe('neutral');
  });
});

describe('wording', () => {
  it('writes shares, gaps and days', () => {
    expect(sharePercent(0.4849)).toBe('48%');
    expect(sharePercent(null)).toBe('—');
    expect(describeGap(0.48, 0.5)).toBe('−2 pts');
    expect(describeGap(0.53, 0.5)).toBe('+3 pts');
    expect(describeGap(0.501, 0.5)).toBe('on target');
    expect(describeGap(0.5, null)).toBeNull();
    expect(describeDays(12)).toBe('12 d');
    expect(describeDays(null)).toBe('—');
  });
  it('says what a badge stands for', () => {
    expect(describeOnTime(1234, 2571, 1234 / 2571, 0.5)).toBe('1,234 of 2,571 customers reached it on time (48%); target 50% (−2 pts).');
    expect(describeOnTime(3, 4, 0.75, null)).toBe('3 of 4 customers reached it on time (75%).');
    expect(describeOnTime(0, 0, null, 0.5)).toMatch(/Nobody can be measured yet/);
  });
});

describe('flowStrokeWidth', () => {
  it('grows with the square root of the flow, from 1.5 to 9 px', () => {
    expect(flowStrokeWidth(0, 100)).toBe(1.5);
    expect(flowStrokeWidth(100, 100)).toBe(9);
    expect(flowStrokeWidth(25, 100)).toBe(5.3); // 1.5 + 7.5 × 0.5 = 5.25
    expect(flowStrokeWidth(5, 0)).toBe(1.5);
  });
});

describe('chart data', () => {
  it('draws a reach curve from day 0 to the last day watched', async () => {
    const { reachCurvePoints } = await import('./compare');
    expect(reachCurvePoints({ days: [0, 5, 10, 31], share: [0.1, 0.2, 0.5, 0.7], lastDay: 40 })).toEqual([
      { day: 0, share: 0.1 },
      { day: 5, share: 0.2 },
      { day: 10, share: 0.5 },
      { day: 31, share: 0.7 },
      { day: 40, share: 0.7 },
    ]);
    expect(reachCurvePoints({ days: [25], share: [0.5], lastDay: 25 })).toEqual([
      { day: 0, share: 0 },
      { day: 25, share: 0.5 },
    ]);
    expect(reachCurvePoints({ days: [], share: [], lastDay: 9 })).toEqual([
      { day: 0, share: 0 },
      { day: 9, share: 0 },
    ]);
    expect(reachCurvePoints({ days: [], share: [], lastDay: -1 })).toEqual([]);
  });
  it('labels histogram bins', async () => {
    const { histogramBins } = await import('./compare');
    expect(histogramBins({ binDays: 1, counts: [2, 0] }).map((b) => b.label)).toEqual(['Day 0', 'Day 1']);
    expect(histogramBins({ binDays: 7, counts: [1, 3] })).toEqual([
      { from: 0, to: 6, label: 'Days 0–6', count: 1 },
      { from: 7, to: 13, label: 'Days 7–13', count: 3 },
    ]);
  });
});

describe('describeFilters', () => {
  const read = (query: Record<string, string>) => {
    const { filters, asOf } = filtersQuerySchema.parse(query);
    return describeFilters(filters, asOf);
  };

  it('says nothing when no filter is set', () => {
    expect(read({})).toEqual([]);
  });

  it('words every filter as the query sets it', () => {
    expect(read({ from: '2025-01-01', to: '2025-03-31', firstProduct: 'Mug', source: 'web', country: 'US', discount: 'none', asOf: '2025-12-31' })).toEqual([
      'first order 2025-01-01 – 2025-03-31',
      'first product Mug',
      'source web',
      'country US',
      'no discount on the first order',
      'as of 2025-12-31',
    ]);
  });

  it('words open date ranges and discounts', () => {
    expect(read({ from: '2025-02-01' })).toEqual(['first order from 2025-02-01']);
    expect(read({ to: '2025-02-28' })).toEqual(['first order until 2025-02-28']);
    expect(read({ discount: 'any' })).toEqual(['a discount on the first order']);
    expect(read({ discountCode: 'WELCOME10' })).toEqual(['discount code WELCOME10 on the first order']);
  });
});
