import { describe, expect, it } from 'vitest';
import { addSample, secondsLeft } from './progress';

describe('secondsLeft', () => {
  it('is unknown until two readings a second apart show progress', () => {
    expect(secondsLeft([], 100)).toBeNull();
    expect(secondsLeft([{ at: 0, done: 0 }], 100)).toBeNull();
    expect(secondsLeft([{ at: 0, done: 0 }, { at: 500, done: 10 }], 100)).toBeNull();
    expect(secondsLeft([{ at: 0, done: 10 }, { at: 5000, done: 10 }], 100)).toBeNull();
  });

  it('extrapolates the recent speed', () => {
    // 20 units in 2 s = 10/s; 60 left → 6 s.
    expect(secondsLeft([{ at: 1000, done: 20 }, { at: 3000, done: 40 }], 100)).toBe(6);
    expect(secondsLeft([{ at: 0, done: 0 }, { at: 2000, done: 100 }], 100)).toBe(0);
  });
});

describe('addSample', () => {
  it('forgets readings older than the window but keeps two', () => {
    let samples = addSample([], { at: 0, done: 0 });
    samples = addSample(samples, { at: 10_000, done: 50 });
    samples = addSample(samples, { at: 20_000, done: 60 });
    expect(samples.map((s) => s.at)).toEqual([10_000, 20_000]);
    // The speed is now that of the last 10 s: 1/s.
    expect(secondsLeft(samples, 100)).toBe(40);
    expect(addSample([{ at: 0, done: 0 }], { at: 60_000, done: 1 })).toHaveLength(2);
  });
});
