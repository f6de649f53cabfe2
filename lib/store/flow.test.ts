import { describe, expect, it } from 'vitest';
import { createNode, NODE_SIZE, STAGE_HEADER } from '../journey/defaults';
import { CURRENT_SCHEMA_VERSION } from '../journey/version';
import { documentToFlow, toFlowNode } from './flow';
import { copyNodes, pasteNodes } from './clipboard';

describe('documentToFlow', () => {
  const stage = createNode('stage', 'lane', { x: 10, y: 20 }, { title: 'Lane', width: 500, height: 300 });
  const child = createNode('touchpoint', 'tp', { x: 5, y: 90 }, { title: 'Inside' }, 'lane');
  const orphan = { ...createNode('note', 'n', { x: 0, y: 0 }, { text: 'x' }), parentId: 'gone' };

  it('puts stages first, sizes them and keeps children relative to them', () => {
    const { nodes, edges } = documentToFlow({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      meta: { name: 'm', description: '' },
      nodes: [child, orphan, stage],
      edges: [
        { id: 'e', source: 'tp', target: 'n', data: { label: 'then' } },
        { id: 'dangling', source: 'tp', target: 'nope', data: {} },
      ],
    });
    expect(nodes.map((n) => n.id)).toEqual(['lane', 'tp', 'n']);
    expect(nodes[0]).toMatchObject({ type: 'stage', width: 500, height: 300, zIndex: -1 });
    expect(nodes[1]).toMatchObject({ parentId: 'lane', position: { x: 5, y: 90 }, ariaLabel: 'Touchpoint: Inside' });
    expect(nodes[2].parentId).toBeUndefined();
    expect(edges.map((e) => e.id)).toEqual(['e']);
    expect(edges[0]).toMatchObject({ type: 'journey', data: { label: 'then' } });
  });
});

describe('toFlowNode sizes', () => {
  const card = createNode('milestone', 'm', { x: 0, y: 0 }, { title: 'Second order' });
  const lane = createNode('stage', 'lane', { x: 0, y: 0 }, { title: 'Lane', width: 600, height: 320 });

  it('gives an unmeasured card its fixed size and connection points centred on its sides', () => {
    const flow = toFlowNode(card, undefined);
    expect(flow.measured).toEqual(NODE_SIZE);
    expect(flow.handles).toEqual([
      { type: 'target', position: 'left', x: -5, y: NODE_SIZE.height / 2 - 5, width: 10, height: 10 },
      { type: 'source', position: 'right', x: NODE_SIZE.width - 5, y: NODE_SIZE.height / 2 - 5, width: 10, height: 10 },
    ]);
  });

  it("puts a stage's connection points beside its header, and follows a resize in progress", () => {
    const flow = toFlowNode(lane, undefined, { selected: false, size: { width: 700, height: 400 } });
    expect(flow.measured).toEqual({ width: 700, height: 400 });
    expect(flow.handles?.map((h) => [h.x, h.y])).toEqual([
      [-5, STAGE_HEADER / 2 - 5],
      [695, STAGE_HEADER / 2 - 5],
    ]);
  });

  it('uses what the canvas measured once it has, and lets the canvas find the connection points', () => {
    const flow = toFlowNode(card, undefined, { selected: true, measured: { width: 240, height: 150 } });
    expect(flow.measured).toEqual({ width: 240, height: 150 });
    expect(flow.handles).toBeUndefined();
  });
});

describe('clipboard', () => {
  const stage = createNode('stage', 'lane', { x: 100, y: 100 }, { title: 'Lane' });
  const child = createNode('touchpoint', 'tp', { x: 20, y: 30 }, { title: 'Inside' }, 'lane');

  it('copies a child alone with its absolute position', () => {
    const content = copyNodes(['tp'], [stage, child], [], (n) => (n.id === 'tp' ? { x: 120, y: 130 } : n.position))!;
    expect(content.nodes).toEqual([{ ...child, parentId: undefined, position: { x: 120, y: 130 } }].map(({ parentId: _p, ...rest }) => rest));
  });

  it('pastes under new ids, shifting only top-level nodes', () => {
    const content = copyNodes(['lane'], [stage, child], [], (n) => n.position)!;
    const pasted = pasteNodes(content, { x: 32, y: 32 });
    const [newStage, newChild] = pasted.nodes;
    expect(newStage.id).not.toBe('lane');
    expect(newStage.position).toEqual({ x: 132, y: 132 });
    expect(newChild.parentId).toBe(newStage.id);
    expect(newChild.position).toEqual({ x: 20, y: 30 });
  });
});
