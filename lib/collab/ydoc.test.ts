import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createYDoc, decodeState, encodeState, nodesMap, readDocument, writeDocument } from './ydoc';
import { createNode, emptyDocument } from '../journey/defaults';
import type { JourneyDocument } from '../journey/schema';

function sample(): JourneyDocument {
  const doc = emptyDocument('Sample');
  doc.nodes = [
    createNode('touchpoint', 'tp', { x: 10, y: 20 }, { title: 'Ad' }, 'st'),
    createNode('stage', 'st', { x: 0, y: 0 }, { title: 'Discover' }),
    createNode('milestone', 'ms', { x: 400, y: 20 }, { title: 'First order' }),
  ];
  doc.edges = [{ id: 'e1', source: 'tp', target: 'ms', data: { label: 'buys', expectedDays: 3 } }];
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('Yjs binding', () => {
  it('round-trips a document, parents first', () => {
    const read = readDocument(createYDoc(sample()));
    expect(read.nodes.map((n) => n.id)).toEqual(['st', 'tp', 'ms']);
    expect(read.nodes[1].parentId).toBe('st');
    expect(read.edges[0]).toEqual(sample().edges[0]);
    expect(read.meta.name).toBe('Sample');
  });

  it('survives encoding to and from stored state', () => {
    expect(readDocument(decodeState(encodeState(createYDoc(sample()))))).toEqual(readDocument(createYDoc(sample())));
  });

  it('writes only what changed, as one transaction', () => {
    const doc = createYDoc(sample());
    const before = nodesMap(doc).get('ms');
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const next = sample();
    next.nodes[0] = { ...next.nodes[0], position: { x: 99, y: 20 } };
    next.nodes = next.nodes.filter((n) => n.id !== 'ms');
    next.edges = [];
    writeDocument(doc, next);
    expect(transactions).toBe(1);
    expect(nodesMap(doc).get('ms')).toBeUndefined();
    expect(before).toBeDefined();
    expect(readDocument(doc).nodes.find((n) => n.id === 'tp')?.position).toEqual({ x: 99, y: 20 });
  });

  it('keeps concurrent edits to different fields and different nodes', () => {
    const a = createYDoc(sample());
    const b = decodeState(encodeState(a));
    const aDoc = readDocument(a);
    const bDoc = readDocument(b);
    const tpA = aDoc.nodes.find((n) => n.id === 'tp')!;
    if (tpA.kind === 'touchpoint') tpA.data.title = 'Instagram ad';
    const msB = bDoc.nodes.find((n) => n.id === 'ms')!;
    if (msB.kind === 'milestone') msB.data.title = 'Second order';
    const tpB = bDoc.nodes.find((n) => n.id === 'tp')!;
    if (tpB.kind === 'touchpoint') tpB.data.owner = 'Growth team';
    writeDocument(a, aDoc);
    writeDocument(b, bDoc);
    sync(a, b);
    const merged = readDocument(a);
    expect(merged).toEqual(readDocument(b));
    const tp = merged.nodes.find((n) => n.id === 'tp')!;
    expect(tp.kind === 'touchpoint' && [tp.data.title, tp.data.owner]).toEqual(['Instagram ad', 'Growth team']);
    const ms = merged.nodes.find((n) => n.id === 'ms')!;
    expect(ms.kind === 'milestone' && ms.data.title).toBe('Second order');
  });

  it('drops edges whose node a teammate deleted concurrently', () => {
    const a = createYDoc(sample());
    const b = decodeState(encodeState(a));
    nodesMap(a).delete('ms');
    const withEdge = readDocument(b);
    withEdge.edges.push({ id: 'e2', source: 'tp', target: 'ms', data: {} });
    writeDocument(b, withEdge);
    sync(a, b);
    expect(readDocument(a).edges).toEqual([]);
  });
});
