import { describe, expect, it } from 'vitest';
import { validateDocument } from '../validate';
import { buildDemoStoreJourney, DEMO_MAP_DAYS, DEMO_MAP_NAME } from './demo-store';

describe('the demo store journey', () => {
  const doc = buildDemoStoreJourney();

  it('is a valid document named for the demo', () => {
    const result = validateDocument(doc);
    expect(result.ok).toBe(true);
    expect(doc.meta.name).toBe(DEMO_MAP_NAME);
  });

  it('has 1st, 2nd and 3rd purchase milestones, each with a window and a target', () => {
    const milestones = doc.nodes.flatMap((n) => (n.kind === 'milestone' ? [n.data] : []));
    expect(milestones.map((m) => m.condition)).toEqual([1, 2, 3].map((n) => ({ type: 'nthPurchase', n })));
    for (const m of milestones) {
      expect(m.window).not.toBeNull();
      expect(m.targetShare).not.toBeNull();
    }
  });

  it('has touchpoints on days 7, 14 and 30, and every arrow joins two existing nodes', () => {
    const days = doc.nodes.flatMap((n) => (n.kind === 'touchpoint' && n.data.dayAfterFirstOrder !== null ? [n.data.dayAfterFirstOrder] : []));
    expect(days).toEqual([...DEMO_MAP_DAYS]);
    const ids = new Set(doc.nodes.map((n) => n.id));
    for (const e of doc.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });
});
