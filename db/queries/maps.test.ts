import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test-db';
import {
  createMap,
  createVersion,
  deleteMap,
  getMap,
  getMapState,
  getVersion,
  listMaps,
  listVersions,
  saveMapState,
  setMapStore,
} from './maps';
import { createStore } from './stores';
import { createNode, emptyDocument } from '@/lib/journey/defaults';
import { createYDoc, encodeState, readDocument, decodeState } from '@/lib/collab/ydoc';

let t: ReturnType<typeof openTestDatabase>;
beforeEach(() => (t = openTestDatabase()));
afterEach(() => t.cleanup());

function docNamed(name: string, notes = 0) {
  const doc = emptyDocument(name);
  doc.nodes = Array.from({ length: notes }, (_, i) => createNode('note', `n${i}`, { x: i * 10, y: 0 }, { text: `note ${i}` }));
  return doc;
}

describe('maps queries', () => {
  it('creates a map with its Yjs state and snapshot in agreement', () => {
    const id = createMap(docNamed('Workshop', 2), t.db);
    const map = getMap(id, t.db)!;
    expect(map.name).toBe('Workshop');
    expect(map.document.nodes).toHaveLength(2);
    expect(readDocument(decodeState(getMapState(id, t.db)!))).toEqual(map.document);
  });

  it('lists maps most recently edited first with their node count, and searches by name', async () => {
    const a = createMap(docNamed('Alpha plan', 1), t.db);
    await new Promise((r) => setTimeout(r, 5));
    createMap(docNamed('Beta', 3), t.db);
    await new Promise((r) => setTimeout(r, 5));
    const doc = docNamed('Alpha plan', 4);
    saveMapState(a, encodeState(createYDoc(doc)), doc, t.db);
    const all = listMaps('', t.db);
    expect(all.map((m) => [m.name, m.nodeCount])).toEqual([
      ['Alpha plan', 4],
      ['Beta', 3],
    ]);
    expect(listMaps('  alPHA ', t.db).map((m) => m.name)).toEqual(['Alpha plan']);
    expect(listMaps('100%', t.db)).toEqual([]);
  });

  it('tells which maps are linked to a store, and whether it is the demo store', () => {
    const demoMap = createMap(docNamed('Demo journey'), t.db);
    const ownMap = createMap(docNamed('Own journey'), t.db);
    const unlinked = createMap(docNamed('Unlinked'), t.db);
    const demo = createStore('Demo store', t.db, { isDemo: true });
    const own = createStore('Our shop', t.db);
    setMapStore(demoMap, demo, t.db);
    setMapStore(ownMap, own, t.db);
    const byId = new Map(listMaps('', t.db).map((m) => [m.id, m]));
    expect(byId.get(demoMap)).toMatchObject({ storeId: demo, linkedToDemoStore: true });
    expect(byId.get(ownMap)).toMatchObject({ storeId: own, linkedToDemoStore: false });
    expect(byId.get(unlinked)).toMatchObject({ storeId: null, linkedToDemoStore: false });
  });

  it('keeps the last valid snapshot when only the Yjs state is stored', () => {
    const id = createMap(docNamed('Keep', 1), t.db);
    const changed = docNamed('Changed', 5);
    expect(saveMapState(id, encodeState(createYDoc(changed)), null, t.db)).toBe(true);
    expect(getMap(id, t.db)!.document.nodes).toHaveLength(1);
    expect(readDocument(decodeState(getMapState(id, t.db)!)).nodes).toHaveLength(5);
  });

  it('reports a save to a deleted map', () => {
    const id = createMap(docNamed('Gone'), t.db);
    expect(deleteMap(id, t.db)).toBe(true);
    expect(saveMapState(id, new Uint8Array(), docNamed('Gone'), t.db)).toBe(false);
    expect(deleteMap(id, t.db)).toBe(false);
  });

  it('stores versions per map and never serves another map’s version', () => {
    const a = createMap(docNamed('A', 1), t.db);
    const b = createMap(docNamed('B', 1), t.db);
    const doc = docNamed('A', 2);
    const v = createVersion(a, 'Before workshop', encodeState(createYDoc(doc)), doc, t.db);
    expect(listVersions(a, t.db).map((x) => x.name)).toEqual(['Before workshop']);
    expect(getVersion(a, v, t.db)!.document.nodes).toHaveLength(2);
    expect(getVersion(b, v, t.db)).toBeUndefined();
    deleteMap(a, t.db);
    expect(listVersions(a, t.db)).toEqual([]);
  });
});
