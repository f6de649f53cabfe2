import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNode } from '../journey/defaults';
import { journeyDocumentSchema, type JourneyDocument } from '../journey/schema';
import { CURRENT_SCHEMA_VERSION } from '../journey/version';
import { createYDoc, readDocument } from '../collab/ydoc';
import { createEditorStore } from './editor-store';

function docWith(nodes: JourneyDocument['nodes'], edges: JourneyDocument['edges'] = []): JourneyDocument {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, meta: { name: 'Test map', description: '' }, nodes, edges };
}

const lane = createNode('stage', 'lane', { x: 0, y: 0 }, { title: 'Discover', width: 400, height: 400 });
const inLane = createNode('touchpoint', 'tp1', { x: 40, y: 60 }, { title: 'Instagram ad' }, 'lane');
const loose = createNode('note', 'note1', { x: 800, y: 0 }, { text: 'Remember' });

/** Two Y.Docs wired together like two browsers through a server. */
function linkedDocs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, update, 'remote'));
  return { a, b };
}

describe('editor store mirror', () => {
  it('reads the document and keeps unchanged nodes identical after an edit', () => {
    const store = createEditorStore(createYDoc(docWith([lane, inLane, loose])));
    const before = store.getState();
    expect(before.nodes.map((n) => n.id)).toEqual(['lane', 'tp1', 'note1']);
    expect(before.flowNodes.find((n) => n.id === 'tp1')?.parentId).toBe('lane');

    expect(store.getState().actions.updateNodeData('tp1', { title: 'TikTok ad' })).toEqual([]);
    const after = store.getState();
    expect(after.nodeById.get('tp1')?.data).toMatchObject({ title: 'TikTok ad' });
    expect(after.flowNodes[0]).toBe(before.flowNodes[0]);
    expect(after.flowNodes[2]).toBe(before.flowNodes[2]);
    expect(after.flowNodes[1]).not.toBe(before.flowNodes[1]);
  });

  it('follows remote changes made to the Y.Doc', () => {
    const { a, b } = linkedDocs();
    const storeA = createEditorStore(a);
    const storeB = createEditorStore(b);
    storeA.getState().actions.addNode('touchpoint', { x: 10, y: 20 }, { title: 'Welcome email', channel: 'email' });
    expect(storeB.getState().nodes).toHaveLength(1);
    expect(storeB.getState().nodes[0].data).toMatchObject({ title: 'Welcome email', channel: 'email' });
  });
});

describe('editing actions', () => {
  it('validates node data and writes nothing when invalid', () => {
    const ydoc = createYDoc(docWith([inLane, lane]));
    const store = createEditorStore(ydoc);
    const problems = store.getState().actions.updateNodeData('tp1', { title: '   ' });
    expect(problems).toEqual([{ path: 'title', message: 'required' }]);
    expect(store.getState().actions.updateNodeData('tp1', { feeling: 5 })[0].path).toBe('feeling');
    expect(readDocument(ydoc).nodes.find((n) => n.id === 'tp1')?.data).toMatchObject({ title: 'Instagram ad', feeling: 0 });
  });

  it('keeps the raw text while typing (no trimming of a trailing space)', () => {
    const store = createEditorStore(createYDoc(docWith([loose, inLane, lane])));
    store.getState().actions.updateNodeData('tp1', { title: 'First ' });
    expect(store.getState().nodeById.get('tp1')?.data).toMatchObject({ title: 'First ' });
  });

  it('adds a node dropped on a stage into that stage, with a relative position', () => {
    const store = createEditorStore(createYDoc(docWith([{ ...lane, position: { x: 100, y: 100 } }])));
    const id = store.getState().actions.addNode('milestone', { x: 150, y: 200 });
    const node = store.getState().nodeById.get(id)!;
    expect(node.parentId).toBe('lane');
    expect(node.position).toEqual({ x: 50, y: 100 });
    expect(store.getState().selectedNodeIds).toEqual([id]);
  });

  it('re-parents a node dragged onto a stage and un-parents it when dragged out', () => {
    const ydoc = createYDoc(docWith([lane, inLane, loose]));
    const store = createEditorStore(ydoc);
    const { onNodesChange } = store.getState().actions;
    // drag the note into the lane
    onNodesChange([{ id: 'note1', type: 'position', position: { x: 120, y: 100 }, dragging: true }]);
    expect(store.getState().nodeById.get('note1')?.position).toEqual({ x: 800, y: 0 });
    expect(store.getState().flowNodes.find((n) => n.id === 'note1')?.position).toEqual({ x: 120, y: 100 });
    onNodesChange([{ id: 'note1', type: 'position', position: { x: 100, y: 100 }, dragging: false }]);
    expect(store.getState().nodeById.get('note1')).toMatchObject({ parentId: 'lane', position: { x: 100, y: 100 } });
    // drag the touchpoint out (position is relative to the lane)
    onNodesChange([{ id: 'tp1', type: 'position', position: { x: 600, y: 40 }, dragging: false }]);
    const tp = store.getState().nodeById.get('tp1')!;
    expect(tp.parentId).toBeUndefined();
    expect(tp.position).toEqual({ x: 600, y: 40 });
    expect(journeyDocumentSchema.safeParse(readDocument(ydoc)).success).toBe(true);
  });

  it('moves a stage without changing its children', () => {
    const ydoc = createYDoc(docWith([lane, inLane]));
    const store = createEditorStore(ydoc);
    store.getState().actions.onNodesChange([{ id: 'lane', type: 'position', position: { x: 300, y: 50 }, dragging: false }]);
    expect(store.getState().nodeById.get('lane')?.position).toEqual({ x: 300, y: 50 });
    expect(store.getState().nodeById.get('tp1')).toMatchObject({ parentId: 'lane', position: { x: 40, y: 60 } });
  });

  it('resizes a stage in one undoable step', () => {
    const store = createEditorStore(createYDoc(docWith([lane, inLane])));
    const { onNodesChange, undo } = store.getState().actions;
    onNodesChange([{ id: 'lane', type: 'dimensions', dimensions: { width: 600, height: 500 }, resizing: true, setAttributes: true }]);
    expect(store.getState().flowNodes[0].width).toBe(600);
    expect(store.getState().nodeById.get('lane')?.data).toMatchObject({ width: 400 });
    onNodesChange([{ id: 'lane', type: 'dimensions', dimensions: { width: 600, height: 500 }, resizing: false }]);
    expect(store.getState().nodeById.get('lane')?.data).toMatchObject({ width: 600, height: 500 });
    undo();
    expect(store.getState().nodeById.get('lane')?.data).toMatchObject({ width: 400, height: 400 });
  });

  it('connects nodes once, never a node to itself', () => {
    const store = createEditorStore(createYDoc(docWith([lane, inLane, loose])));
    const { connect } = store.getState().actions;
    expect(connect({ source: 'tp1', target: 'note1' })).toBeTruthy();
    expect(connect({ source: 'tp1', target: 'note1' })).toBeNull();
    expect(connect({ source: 'tp1', target: 'tp1' })).toBeNull();
    expect(store.getState().edges).toHaveLength(1);
    expect(store.getState().actions.updateEdgeData(store.getState().edges[0].id, { label: 'then', expectedDays: 7 })).toEqual([]);
    expect(store.getState().edges[0].data).toEqual({ label: 'then', expectedDays: 7 });
    expect(store.getState().actions.updateEdgeData(store.getState().edges[0].id, { expectedDays: -1 })[0].path).toBe('expectedDays');
    store.getState().actions.updateEdgeData(store.getState().edges[0].id, { expectedDays: undefined });
    expect(store.getState().edges[0].data).toEqual({ label: 'then' });
  });

  it('deletes a stage together with its nodes and their edges', () => {
    const ydoc = createYDoc(docWith([lane, inLane, loose], [{ id: 'e1', source: 'tp1', target: 'note1', data: {} }]));
    const store = createEditorStore(ydoc);
    store.getState().actions.select(['lane']);
    store.getState().actions.deleteSelection();
    expect(store.getState().nodes.map((n) => n.id)).toEqual(['note1']);
    expect(store.getState().edges).toEqual([]);
    expect(store.getState().selectedNodeIds).toEqual([]);
    store.getState().actions.undo();
    expect(readDocument(ydoc).nodes).toHaveLength(3);
    expect(readDocument(ydoc).edges).toHaveLength(1);
  });

  it('copies and pastes a stage with its nodes and inner edges under new ids', () => {
    const second = createNode('touchpoint', 'tp2', { x: 40, y: 200 }, { title: 'Landing page' }, 'lane');
    const ydoc = createYDoc(docWith([lane, inLane, second, loose], [{ id: 'e1', source: 'tp1', target: 'tp2', data: { label: 'clicks' } }, { id: 'e2', source: 'tp2', target: 'note1', data: {} }]));
    const store = createEditorStore(ydoc);
    const { select, copySelection, paste } = store.getState().actions;
    select(['lane']);
    expect(copySelection()).toBe(true);
    const pasted = paste();
    expect(pasted).toHaveLength(3);
    const doc = readDocument(ydoc);
    expect(journeyDocumentSchema.safeParse(doc).success).toBe(true);
    const newStage = doc.nodes.find((n) => n.id === pasted[0])!;
    expect(newStage.kind).toBe('stage');
    expect(newStage.position).toEqual({ x: 32, y: 32 });
    const children = doc.nodes.filter((n) => n.parentId === newStage.id);
    expect(children.map((n) => n.position)).toEqual([{ x: 40, y: 60 }, { x: 40, y: 200 }]);
    expect(doc.edges).toHaveLength(3);
    expect(doc.edges.filter((e) => pasted.includes(e.source) && pasted.includes(e.target))).toHaveLength(1);
    expect(store.getState().selectedNodeIds.sort()).toEqual([...pasted].sort());
  });

  it('duplicates a node out of its stage onto the same stage', () => {
    const store = createEditorStore(createYDoc(docWith([lane, inLane])));
    store.getState().actions.select(['tp1']);
    const [copy] = store.getState().actions.duplicateSelection();
    expect(store.getState().nodeById.get(copy)).toMatchObject({ parentId: 'lane', position: { x: 72, y: 92 } });
  });

  it('nudges the selection, moving a selected stage but not its selected children twice', () => {
    const store = createEditorStore(createYDoc(docWith([lane, inLane])));
    store.getState().actions.select(['lane', 'tp1']);
    store.getState().actions.nudgeSelection(16, 0);
    expect(store.getState().nodeById.get('lane')?.position).toEqual({ x: 16, y: 0 });
    expect(store.getState().nodeById.get('tp1')?.position).toEqual({ x: 40, y: 60 });
  });

  it('renames the map and refuses an empty name', () => {
    const ydoc = createYDoc(docWith([]));
    const store = createEditorStore(ydoc);
    expect(store.getState().actions.setMapName('')).toEqual([{ path: 'name', message: 'required' }]);
    expect(store.getState().actions.setMapName('Spring journey')).toEqual([]);
    expect(store.getState().meta.name).toBe('Spring journey');
    expect(readDocument(ydoc).meta.name).toBe('Spring journey');
  });
});

describe('undo and redo', () => {
  it('undoes only this editor’s edits, never a teammate’s', () => {
    const { a, b } = linkedDocs();
    const alice = createEditorStore(a);
    const bob = createEditorStore(b);
    const mine = alice.getState().actions.addNode('touchpoint', { x: 0, y: 0 }, { title: 'Alice' });
    const theirs = bob.getState().actions.addNode('touchpoint', { x: 300, y: 0 }, { title: 'Bob' });
    expect(alice.getState().canUndo).toBe(true);
    alice.getState().actions.undo();
    expect(alice.getState().nodeById.has(mine)).toBe(false);
    expect(alice.getState().nodeById.has(theirs)).toBe(true);
    expect(bob.getState().nodeById.has(theirs)).toBe(true);
    expect(alice.getState().canUndo).toBe(false);
    expect(alice.getState().canRedo).toBe(true);
    alice.getState().actions.redo();
    expect(bob.getState().nodeById.has(mine)).toBe(true);
  });

  it('merges fast typing into one step but keeps discrete actions apart', () => {
    const store = createEditorStore(createYDoc(docWith([inLane, lane])), { captureTimeout: 10_000 });
    const { updateNodeData, addNode, undo } = store.getState().actions;
    const id = addNode('note', { x: 900, y: 900 });
    updateNodeData(id, { text: 'H' });
    updateNodeData(id, { text: 'Hi' });
    updateNodeData(id, { text: 'Hi!' });
    undo();
    expect(store.getState().nodeById.get(id)?.data).toMatchObject({ text: '' });
    undo();
    expect(store.getState().nodeById.has(id)).toBe(false);
  });

  it('restores a version as one undoable change', () => {
    const ydoc = createYDoc(docWith([lane, inLane, loose]));
    const store = createEditorStore(ydoc);
    const version = docWith([{ ...lane, data: { ...lane.data, title: 'Old lane' } }]);
    store.getState().actions.replaceDocument(version);
    expect(readDocument(ydoc).nodes.map((n) => n.id)).toEqual(['lane']);
    expect(store.getState().nodeById.get('lane')?.data).toMatchObject({ title: 'Old lane' });
    store.getState().actions.undo();
    expect(readDocument(ydoc).nodes.map((n) => n.id)).toEqual(['lane', 'tp1', 'note1']);
  });
});

describe('co-editing', () => {
  it('keeps concurrent edits to different nodes (made while disconnected)', () => {
    const a = createYDoc(docWith([lane, inLane, loose]));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const alice = createEditorStore(a);
    const bob = createEditorStore(b);
    alice.getState().actions.updateNodeData('tp1', { title: 'Alice edit' });
    bob.getState().actions.updateNodeData('note1', { text: 'Bob edit' });
    bob.getState().actions.updateNodeData('tp1', { feeling: 2 });
    // reconnect: exchange what each side is missing
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    for (const store of [alice, bob]) {
      expect(store.getState().nodeById.get('tp1')?.data).toMatchObject({ title: 'Alice edit', feeling: 2 });
      expect(store.getState().nodeById.get('note1')?.data).toMatchObject({ text: 'Bob edit' });
    }
  });
});
