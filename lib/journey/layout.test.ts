import { describe, expect, it } from 'vitest';
import { createNode, NODE_SIZE } from './defaults';
import { layoutDocument, LAYOUT_SPACING, type LayoutResult } from './layout';
import { journeyDocumentSchema, type JourneyDocument, type JourneyNode } from './schema';
import { buildTemplate, TEMPLATE_IDS } from './templates';
import { CURRENT_SCHEMA_VERSION } from './version';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function applyLayout(doc: JourneyDocument, layout: LayoutResult): JourneyDocument {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const moved = { ...n, position: layout.positions[n.id] ?? n.position } as JourneyNode;
      if (moved.kind === 'stage' && layout.sizes[n.id]) moved.data = { ...moved.data, ...layout.sizes[n.id] };
      return moved;
    }),
  };
}

/** Every box in canvas coordinates. */
function boxes(doc: JourneyDocument): Map<string, Box> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Box>();
  for (const n of doc.nodes) {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const size = n.kind === 'stage' ? { width: n.data.width, height: n.data.height } : NODE_SIZE;
    out.set(n.id, { id: n.id, x: n.position.x + (parent?.position.x ?? 0), y: n.position.y + (parent?.position.y ?? 0), ...size });
  }
  return out;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function doc(nodes: JourneyNode[], edges: JourneyDocument['edges'] = []): JourneyDocument {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, meta: { name: 'Layout', description: '' }, nodes, edges };
}

describe('layoutDocument', () => {
  it.each(TEMPLATE_IDS)('lays out the %s template without overlaps, children inside their lanes', async (id) => {
    const template = buildTemplate(id);
    const laidOut = applyLayout(template, await layoutDocument(template));
    expect(journeyDocumentSchema.safeParse(laidOut).success).toBe(true);
    const all = boxes(laidOut);
    const stages = laidOut.nodes.filter((n) => n.kind === 'stage');
    const topLevel = laidOut.nodes.filter((n) => n.parentId === undefined);
    for (let i = 0; i < topLevel.length; i++)
      for (let j = i + 1; j < topLevel.length; j++) expect(overlap(all.get(topLevel[i].id)!, all.get(topLevel[j].id)!), `${topLevel[i].id} / ${topLevel[j].id}`).toBe(false);
    for (const stage of stages) {
      const lane = all.get(stage.id)!;
      const children = laidOut.nodes.filter((n) => n.parentId === stage.id);
      for (const child of children) {
        const box = all.get(child.id)!;
        expect(box.x).toBeGreaterThanOrEqual(lane.x);
        expect(box.y).toBeGreaterThanOrEqual(lane.y + LAYOUT_SPACING.laneHeader);
        expect(box.x + box.width).toBeLessThanOrEqual(lane.x + lane.width);
        expect(box.y + box.height).toBeLessThanOrEqual(lane.y + lane.height);
      }
      for (let i = 0; i < children.length; i++)
        for (let j = i + 1; j < children.length; j++) expect(overlap(all.get(children[i].id)!, all.get(children[j].id)!)).toBe(false);
    }
    // one board: every lane equally tall, tops aligned
    expect(new Set(stages.map((s) => (s.kind === 'stage' ? s.data.height : 0))).size).toBeLessThanOrEqual(1);
    expect(new Set(stages.map((s) => s.position.y)).size).toBeLessThanOrEqual(1);
  });

  it('keeps the lanes in their left-to-right order and follows edges inside a lane', async () => {
    const input = doc(
      [
        createNode('stage', 'after', { x: 900, y: 0 }, { title: 'After' }),
        createNode('stage', 'before', { x: -50, y: 300 }, { title: 'Before' }),
        createNode('touchpoint', 'b', { x: 10, y: 10 }, { title: 'b' }, 'before'),
        createNode('touchpoint', 'a', { x: 10, y: 400 }, { title: 'a' }, 'before'),
        createNode('touchpoint', 'c', { x: 10, y: 10 }, { title: 'c' }, 'after'),
      ],
      [
        { id: 'e1', source: 'a', target: 'b', data: {} },
        { id: 'loop', source: 'c', target: 'a', data: {} },
      ],
    );
    const layout = await layoutDocument(input);
    expect(layout.positions.before.x).toBeLessThan(layout.positions.after.x);
    // a → b inside the lane puts a above b, whatever their old order
    expect(layout.positions.a.y).toBeLessThan(layout.positions.b.y);
    expect(layout.positions.before.x).toBe(-50);
  });

  it('gives an empty stage a usable minimum size', async () => {
    const layout = await layoutDocument(doc([createNode('stage', 's', { x: 0, y: 0 }, { title: 'Empty' })]));
    expect(layout.sizes.s.width).toBeGreaterThanOrEqual(LAYOUT_SPACING.minLaneWidth);
    expect(layout.sizes.s.height).toBeGreaterThanOrEqual(LAYOUT_SPACING.minLaneHeight);
  });

  it('lays out a map without stages as a graph, using measured sizes', async () => {
    const nodes = [1, 2, 3].map((i) => createNode('touchpoint', `t${i}`, { x: 0, y: 0 }, { title: `t${i}` }));
    const sizes = new Map([['t2', { width: 300, height: 200 }]]);
    const layout = await layoutDocument(doc(nodes, [{ id: 'e1', source: 't1', target: 't2', data: {} }, { id: 'e2', source: 't2', target: 't3', data: {} }]), { sizes });
    const ys = ['t1', 't2', 't3'].map((id) => layout.positions[id].y);
    expect(ys[0]).toBeLessThan(ys[1]);
    expect(ys[1] + 200).toBeLessThanOrEqual(ys[2]);
  });

  it('handles an empty map', async () => {
    expect(await layoutDocument(doc([]))).toEqual({ positions: {}, sizes: {} });
  });
});
