import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finalShare, kaplanMeier, kaplanMeierOf, SurvivalTally, medianDayOfAll, medianDayOfReachers, shareBy } from './survival';

describe('Kaplan–Meier', () => {
  // Six customers: reached on days 1, 3, 3; censored on days 2, 3, 5.
  //   day 1: 1 of 6 watched reach        S = 5/6
  //   day 2: one censored                 (5 → 4 watched)
  //   day 3: 2 of 4 reach — the customer censored on day 3 is still watched: S = 5/6 × 2/4 = 5/12
  //   day 5: last censoring
  const curve = kaplanMeierOf([1, 3, 3], [2, 3, 5]);

  it('follows the hand computation, events before censorings on a tie', () => {
    expect(curve.days).toEqual([1, 3]);
    expect(curve.atRisk).toEqual([6, 4]);
    expect(curve.share[0]).toBeCloseTo(1 / 6, 12);
    expect(curve.share[1]).toBeCloseTo(7 / 12, 12);
    expect(curve.lastDay).toBe(5);
    expect(curve.customers).toBe(6);
  });

  it('reads the share by a day, and refuses to guess beyond the data', () => {
    expect(shareBy(curve, 0)).toBe(0);
    expect(shareBy(curve, 2)).toBeCloseTo(1 / 6, 12);
    expect(shareBy(curve, 5)).toBeCloseTo(7 / 12, 12);
    expect(shareBy(curve, 6)).toBeNull();
    expect(finalShare(curve)).toBeCloseTo(7 / 12, 12);
  });

  it('gives the median of everyone and the median of those who reach it', () => {
    // S falls to 5/12 ≤ 1/2 on day 3.
    expect(medianDayOfAll(curve)).toBe(3);
    // Final share 7/12; half of it (7/24 ≈ 0.29) is first reached on day 3 (day 1 only has 1/6).
    expect(medianDayOfReachers(curve)).toBe(3);
    // Without censoring, the median of reachers is the lower median of the days: 1, 2, 3, 4 → 2.
    expect(medianDayOfReachers(kaplanMeierOf([1, 2, 3, 4], []))).toBe(2);
    expect(medianDayOfAll(kaplanMeierOf([1], [9, 9]))).toBeNull();
  });

  it('can be read as far as anyone was watched, including those who reached it', () => {
    const tally = new SurvivalTally(10);
    tally.event(0, 400);
    tally.event(3, 120);
    tally.censor(200);
    const watched = kaplanMeier(tally);
    expect(watched.lastDay).toBe(400);
    expect(shareBy(watched, 90)).toBeCloseTo(2 / 3, 12);
    expect(shareBy(watched, 401)).toBeNull();
  });

  it('is empty and says nothing when there is nobody', () => {
    const empty = kaplanMeierOf([], []);
    expect(empty.customers).toBe(0);
    expect(shareBy(empty, 0)).toBeNull();
    expect(finalShare(empty)).toBeNull();
    expect(medianDayOfAll(empty)).toBeNull();
    expect(medianDayOfReachers(empty)).toBeNull();
  });

  it('property: with nobody censored before day N, the estimate at N is the plain share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }),
        (eventDays, horizon, censorOffsets) => {
          const censorDays = censorOffsets.map((d) => horizon + d);
          const n = eventDays.length + censorDays.length;
          fc.pre(n > 0);
          const curve = kaplanMeierOf(eventDays, censorDays);
          const plain = eventDays.filter((d) => d <= horizon).length / n;
          const estimate = shareBy(curve, horizon);
          if (horizon > curve.lastDay) expect(estimate).toBeNull();
          else expect(estimate).toBeCloseTo(plain, 10);
        },
      ),
    );
  });

  it('property: the curve never decreases and stays within 0 and 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.array(fc.integer({ min: 0, max: 50 })), (events, censored) => {
        const curve = kaplanMeierOf(events, censored);
        for (let i = 0; i < curve.share.length; i++) {
          expect(curve.share[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : curve.share[i - 1] - 1e-12);
          expect(curve.share[i]).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
