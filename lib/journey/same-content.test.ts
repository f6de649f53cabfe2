import { describe, expect, it } from 'vitest';
import { createYDoc, readDocument } from '../collab/ydoc';
import { buildTemplate } from './templates';
import { validateDocument } from './validate';
import type { JourneyDocument } from './schema';
import { sameContent } from './same-content';

function stored(content: JourneyDocument): JourneyDocument {
  const result = validateDocument(content);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

describe('sameContent', () => {
  const content = readDocument(createYDoc(buildTemplate('workshop')));

  it('finds an editor document equal to its stored snapshot, though validation reorders keys', () => {
    // the reason a plain JSON comparison cannot be used
    expect(JSON.stringify(stored(content))).not.toBe(JSON.stringify(content));
    expect(sameContent(content, stored(content))).toBe(true);
  });

  it('ignores the order of nodes and edges', () => {
    const reversed = { ...content, nodes: [...content.nodes].reverse(), edges: [...content.edges].reverse() };
    expect(sameContent(reversed, stored(content))).toBe(true);
  });

  it('sees a changed field, a missing node, a missing edge and a renamed map', () => {
    const snapshot = stored(content);
    const [first, ...rest] = content.nodes;
    const retitled = { ...content, nodes: [{ ...first, data: { ...first.data, title: 'Changed' } }, ...rest] };
    expect(sameContent(retitled as JourneyDocument, snapshot)).toBe(false);
    const moved = { ...content, nodes: [{ ...first, position: { x: first.position.x + 1, y: first.position.y } }, ...rest] };
    expect(sameContent(moved as JourneyDocument, snapshot)).toBe(false);
    const last = content.nodes.at(-1)!;
    const withoutNode = { ...content, nodes: content.nodes.slice(0, -1), edges: content.edges.filter((e) => e.source !== last.id && e.target !== last.id) };
    expect(sameContent(withoutNode, stored({ ...withoutNode, nodes: content.nodes }))).toBe(false);
    expect(content.edges.length).toBeGreaterThan(0);
    expect(sameContent({ ...content, edges: content.edges.slice(1) }, snapshot)).toBe(false);
    expect(sameContent({ ...content, meta: { ...content.meta, name: 'Other' } }, snapshot)).toBe(false);
  });

  it('never calls content that does not validate stored', () => {
    const [first, ...rest] = content.nodes;
    const invalid = { ...content, nodes: [{ ...first, position: { x: Number.NaN, y: 0 } }, ...rest] };
    expect(sameContent(invalid as JourneyDocument, stored(content))).toBe(false);
  });
});
