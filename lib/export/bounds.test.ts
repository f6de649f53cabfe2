import { describe, expect, it } from 'vitest';
import { NODE_SIZE } from '../journey/defaults';
import { createNode, emptyDocument } from '../journey/defaults';
import { absoluteRects, BOUNDS_PADDING, intersects, mapBounds } from './bounds';

describe('map bounds', () => {
  it('measures stages by their own size and other nodes by NODE_SIZE', () => {
    const doc = emptyDocument('m');
    doc.nodes.push(createNode('stage', 's', { x: 100, y: 50 }, { title: 'S', width: 500, height: 700 }));
    doc.nodes.push(createNode('note', 'n', { x: 900, y: 0 }, { text: 'hi' }));
    expect(mapBounds(doc, 0)).toEqual({ x: 100, y: 0, width: 900 + NODE_SIZE.width - 100, height: 750 });
  });

  it('places children relative to their stage', () => {
    const doc = emptyDocument('m');
    doc.nodes.push(createNode('stage', 's', { x: 1000, y: 2000 }, { title: 'S' }));
    doc.nodes.push(createNode('touchpoint', 't', { x: 20, y: 90 }, { title: 'T' }, 's'));
    expect(absoluteRects(doc).get('t')).toEqual({ x: 1020, y: 2090, ...NODE_SIZE });
  });

  it('ignores a parentId that is not a stage, as the editor does', () => {
    const doc = emptyDocument('m');
    doc.nodes.push(createNode('note', 'p', { x: 500, y: 500 }, { text: 'x' }));
    doc.nodes.push({ ...createNode('touchpoint', 't', { x: 10, y: 10 }, { title: 'T' }), parentId: 'p' });
    expect(absoluteRects(doc).get('t')).toMatchObject({ x: 10, y: 10 });
  });

  it('pads the bounds and gives an empty map a small page', () => {
    const doc = emptyDocument('m');
    doc.nodes.push(createNode('note', 'n', { x: 0, y: 0 }, { text: 'x' }));
    expect(mapBounds(doc)).toEqual({ x: -BOUNDS_PADDING, y: -BOUNDS_PADDING, width: NODE_SIZE.width + 2 * BOUNDS_PADDING, height: NODE_SIZE.height + 2 * BOUNDS_PADDING });
    expect(mapBounds(emptyDocument('e')).width).toBeGreaterThan(0);
  });

  it('intersects rectangles that overlap, not those that only touch', () => {
    expect(intersects({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(intersects({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });
});
