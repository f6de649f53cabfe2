import { describe, expect, it } from 'vitest';
import { milestoneGraph } from './milestone-graph';
import { edge, milestone, note, touchpoint } from './test-support/timelines';

const nth = (n: number) => ({ type: 'nthPurchase' as const, n });

describe('milestoneGraph', () => {
  it('finds the previous milestone through touchpoints and notes', () => {
    const graph = milestoneGraph({
      nodes: [milestone('a', nth(1)), touchpoint('t'), note('n'), milestone('b', nth(2))],
      edges: [edge('e1', 'a', 't'), edge('e2', 't', 'n'), edge('e3', 'n', 'b')],
    });
    expect(graph.previous.get('a')).toEqual([]);
    expect(graph.previous.get('b')).toEqual(['a']);
    expect(graph.order.map((m) => m.id)).toEqual(['a', 'b']);
    // Every edge on the way from a to b stands for a → b.
    expect(Object.fromEntries(graph.edgeEnds)).toEqual({
      e1: { from: 'a', to: 'b' },
      e2: { from: 'a', to: 'b' },
      e3: { from: 'a', to: 'b' },
    });
  });

  it('drops the edge that closes a loop, so the walk ends and the first milestone stays first', () => {
    const graph = milestoneGraph({
      nodes: [milestone('b', nth(2)), milestone('a', nth(1)), milestone('c', nth(3))],
      edges: [edge('ab', 'a', 'b'), edge('bc', 'b', 'c'), edge('ca', 'c', 'a')],
    });
    // Nothing leads into... every node has a predecessor, so the walk starts at the first in
    // document order: b. Then c, then a; a → b closes the loop.
    expect(graph.order.map((m) => m.id)).toEqual(['b', 'c', 'a']);
    expect(graph.previous.get('b')).toEqual([]);
    expect(graph.previous.get('c')).toEqual(['b']);
    expect(graph.previous.get('a')).toEqual(['c']);
    // The loop edge still has figures (from a to b).
    expect(graph.edgeEnds.get('ab')).toEqual({ from: 'a', to: 'b' });
  });

  it('keeps the entry milestone first when a loop comes back to it', () => {
    const graph = milestoneGraph({
      nodes: [milestone('first', nth(1)), milestone('second', nth(2)), touchpoint('winback'), milestone('again', nth(3))],
      edges: [edge('e1', 'first', 'second'), edge('e2', 'second', 'again'), edge('e3', 'again', 'winback'), edge('e4', 'winback', 'second')],
    });
    expect(graph.order.map((m) => m.id)).toEqual(['first', 'second', 'again']);
    expect(graph.previous.get('second')).toEqual(['first']);
    expect(graph.previous.get('again')).toEqual(['second']);
  });

  it('lists every milestone leading into a merge, and ignores self-loops', () => {
    const graph = milestoneGraph({
      nodes: [milestone('a', nth(1)), milestone('b', nth(1)), milestone('m', nth(2))],
      edges: [edge('am', 'a', 'm'), edge('bm', 'b', 'm'), edge('mm', 'm', 'm')],
    });
    expect(graph.previous.get('m')?.sort()).toEqual(['a', 'b']);
    expect(graph.edgeEnds.has('mm')).toBe(false);
  });

  it('leaves edges without a single milestone at each end without figures', () => {
    const graph = milestoneGraph({
      nodes: [milestone('a', nth(1)), milestone('b', nth(1)), touchpoint('t'), milestone('c', nth(2)), touchpoint('lonely')],
      edges: [edge('at', 'a', 't'), edge('bt', 'b', 't'), edge('tc', 't', 'c'), edge('tl', 'lonely', 'c')],
    });
    expect(graph.edgeEnds.has('tc')).toBe(false); // two milestones upstream of t
    expect(graph.edgeEnds.get('at')).toEqual({ from: 'a', to: 'c' });
    expect(graph.edgeEnds.has('tl')).toBe(false); // nothing upstream of "lonely"
  });

  it('handles a map without milestones', () => {
    const graph = milestoneGraph({ nodes: [touchpoint('t')], edges: [] });
    expect(graph.order).toEqual([]);
    expect(graph.edgeEnds.size).toBe(0);
  });
});
