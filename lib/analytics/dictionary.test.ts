import { describe, expect, it } from 'vitest';
import { Dictionary } from './dictionary';

describe('Dictionary', () => {
  it('gives one id per value, ignoring case and surrounding spaces, and keeps the first spelling', () => {
    const d = new Dictionary();
    expect(d.intern('')).toBe(0);
    const tea = d.intern('Green Tea');
    expect(d.intern('  green tea ')).toBe(tea);
    expect(d.intern('GREEN TEA')).toBe(tea);
    expect(d.labels[tea]).toBe('Green Tea');
    expect(d.find('green TEA')).toBe(tea);
    expect(d.find('coffee')).toBe(-1);
    expect(d.intern(undefined)).toBe(0);
  });

  it('builds match tables for equals and contains', () => {
    const d = new Dictionary();
    const ids = ['Green Tea', 'Teapot', 'Coffee'].map((v) => d.intern(v));
    expect(Array.from(d.matchTable('TEA', 'contains'))).toEqual([0, 1, 1, 0]);
    expect(Array.from(d.matchTable(' teapot ', 'equals'))).toEqual([0, 0, 1, 0]);
    expect(ids).toEqual([1, 2, 3]);
  });
});
