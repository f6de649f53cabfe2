import { describe, expect, it } from 'vitest';
import { validateDocument, formatPath } from './validate';
import { createNode, emptyDocument } from './defaults';
import { LIMITS } from './schema';

function docWith(nodes: unknown[], edges: unknown[] = []) {
  return { ...emptyDocument('Map'), nodes, edges };
}

function problemsOf(input: unknown) {
  const result = validateDocument(input);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('formatPath', () => {
  it('writes array indexes in brackets', () => {
    expect(formatPath(['nodes', 3, 'data', 'title'])).toBe('nodes[3].data.title');
    expect(formatPath([])).toBe('(document)');
  });
});

describe('validateDocument', () => {
  it('accepts a document with every node kind and fills defaults', () => {
    const stage = createNode('stage', 'stage-1', { x: 0, y: 0 }, { title: 'Discover' });
    const tp = createNode('touchpoint', 'tp-1', { x: 20, y: 60 }, { title: 'Instagram ad' }, 'stage-1');
    const ms = createNode('milestone', 'ms-1', { x: 500, y: 60 }, { title: 'First order' });
    const persona = createNode('persona', 'p-1', { x: 0, y: 700 });
    const note = createNode('note', 'n-1', { x: 300, y: 700 }, { text: 'Ask the team' });
    const result = validateDocument(docWith([stage, tp, ms, persona, note], [{ id: 'e-1', source: 'tp-1', target: 'ms-1' }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.edges[0].data).toEqual({});
    const touchpoint = result.document.nodes[1];
    expect(touchpoint.kind === 'touchpoint' && touchpoint.data.feeling).toBe(0);
  });

  it('names the path of a missing title', () => {
    const bad = { id: 'a', kind: 'touchpoint', position: { x: 0, y: 0 }, data: {} };
    expect(problemsOf(docWith([createNode('note', 'n', { x: 0, y: 0 }), createNode('note', 'm', { x: 0, y: 0 }), createNode('note', 'o', { x: 0, y: 0 }), bad]))).toContain(
      'nodes[3].data.title: required',
    );
  });

  it('rejects an unknown node kind', () => {
    const [problem] = problemsOf(docWith([{ id: 'a', kind: 'banner', position: { x: 0, y: 0 }, data: {} }]));
    expect(problem).toMatch(/^nodes\[0\]\.kind: unknown node kind/);
  });

  it('rejects mistyped fields and unknown fields', () => {
    const node = { ...createNode('touchpoint', 'a', { x: 0, y: 0 }), data: { title: 'T', feeling: 'happy', colour: 'red' } };
    const problems = problemsOf(docWith([node]));
    expect(problems.some((p) => p.startsWith('nodes[0].data.feeling:'))).toBe(true);
    expect(problems).toContain('nodes[0].data: unknown field "colour"');
  });

  it('rejects an edge to a missing node and duplicate ids', () => {
    const a = createNode('note', 'a', { x: 0, y: 0 });
    const problems = problemsOf(docWith([a, { ...a }], [{ id: 'e', source: 'a', target: 'ghost' }]));
    expect(problems).toContain('nodes[1].id: duplicate id "a"');
    expect(problems).toContain('edges[0].target: no node with id "ghost"');
  });

  it('reports broken links together with other problems, once each', () => {
    const bad = { ...createNode('touchpoint', 'b', { x: 0, y: 0 }), data: {} };
    const problems = problemsOf(docWith([createNode('note', 'a', { x: 0, y: 0 }), bad], [{ id: 'e', source: 'a', target: 'nowhere' }, { id: 'f' }]));
    expect(problems).toContain('nodes[1].data.title: required');
    expect(problems).toContain('edges[0].target: no node with id "nowhere"');
    expect(problems.filter((p) => p.startsWith('edges[1]')).every((p) => !p.includes('no node'))).toBe(true);
    expect(new Set(problems).size).toBe(problems.length);
  });

  it('allows only stages as parents', () => {
    const note = createNode('note', 'n', { x: 0, y: 0 });
    const child = createNode('touchpoint', 't', { x: 0, y: 0 }, {}, 'n');
    expect(problemsOf(docWith([note, child]))).toContain('nodes[1].parentId: only a stage can contain other nodes');
  });

  it('limits text length and node count', () => {
    const long = createNode('touchpoint', 't', { x: 0, y: 0 }, { title: 'x' });
    (long.data as { title: string }).title = 'x'.repeat(LIMITS.title + 1);
    expect(problemsOf(docWith([long]))).toContain(`nodes[0].data.title: at most ${LIMITS.title} characters`);
    const many = Array.from({ length: LIMITS.maxNodes + 1 }, (_, i) => createNode('note', `n${i}`, { x: 0, y: 0 }));
    expect(problemsOf(docWith(many))).toContain(`nodes: at most ${LIMITS.maxNodes} nodes`);
  });

  it('rejects non-finite positions', () => {
    const node = { ...createNode('note', 'n', { x: 0, y: 0 }), position: { x: Number.NaN, y: 0 } };
    expect(problemsOf(docWith([node]))[0]).toMatch(/^nodes\[0\]\.position\.x:/);
  });

  it('rejects a document from a newer version of the app', () => {
    expect(problemsOf({ ...emptyDocument('M'), schemaVersion: 99 })[0]).toMatch(/^schemaVersion: version 99 is newer/);
  });
});
