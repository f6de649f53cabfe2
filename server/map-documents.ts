import 'server-only';
import * as Y from 'yjs';
import type { JourneyDocument } from '@/lib/journey/schema';
import { validateDocument } from '@/lib/journey/validate';
import { decodeState, encodeState, metaMap, readDocument, writeDocument } from '@/lib/collab/ydoc';
import { createMap, createVersion, deleteMap, getMapState, mapExists, saveMapState } from '@/db/queries/maps';
import { liveDocuments } from './live-documents';

/**
 * Every server-side change to a map's content goes through here, so that it reaches the
 * editors that have the map open (through the live Yjs document) and is stored as both
 * Yjs state and a validated snapshot.
 */

/** Stores a Yjs document as the map's state and, when it is valid, as its snapshot. */
export function persistYDoc(mapId: string, doc: Y.Doc): boolean {
  const result = validateDocument(readDocument(doc));
  const state = encodeState(doc);
  if (result.ok) return saveMapState(mapId, state, result.document);
  // Never lose an edit: keep the Yjs state even when the content does not validate (the
  // editor prevents this; a crafted client might not). The snapshot stays the last valid one.
  console.warn(`map ${mapId}: stored Yjs state whose content does not validate: ${result.message}`);
  return saveMapState(mapId, state, null);
}

async function changeMap(mapId: string, change: (doc: Y.Doc) => void): Promise<void> {
  const live = liveDocuments();
  if (live) {
    // Work on a copy with this module's Yjs, and hand back only the resulting update.
    await live.change(mapId, (state) => {
      const copy = decodeState(state);
      const before = Y.encodeStateVector(copy);
      change(copy);
      return Y.encodeStateAsUpdate(copy, before);
    });
    return;
  }
  const state = getMapState(mapId);
  if (!state) throw new Error(`map ${mapId} does not exist`);
  const doc = decodeState(state);
  change(doc);
  persistYDoc(mapId, doc);
}

/** Replaces the whole content of a map (validated by the caller) in one Yjs transaction. */
export async function replaceMapDocument(mapId: string, document: JourneyDocument): Promise<void> {
  await changeMap(mapId, (doc) => writeDocument(doc, document, 'api'));
}

export async function renameMap(mapId: string, name: string): Promise<void> {
  await changeMap(mapId, (doc) => doc.transact(() => metaMap(doc).set('name', name), 'api'));
}

/** The map's latest content: the open document when someone is editing, else the stored one. */
export function currentYDoc(mapId: string): Y.Doc | undefined {
  const state = liveDocuments()?.openState(mapId) ?? getMapState(mapId);
  return state ? decodeState(state) : undefined;
}

export function duplicateMap(mapId: string, name?: string): string | undefined {
  const doc = currentYDoc(mapId);
  if (!doc) return undefined;
  const content = readDocument(doc);
  return createMap({ ...content, meta: { ...content.meta, name: name ?? copyName(content.meta.name) } });
}

function copyName(name: string): string {
  const copy = `Copy of ${name}`;
  return copy.length > 120 ? copy.slice(0, 120) : copy;
}

/** Freezes the map's current content as a named version. */
export function saveVersion(mapId: string, name: string): string | undefined {
  const doc = currentYDoc(mapId);
  if (!doc) return undefined;
  return createVersion(mapId, name, encodeState(doc), readDocument(doc));
}

export function removeMap(mapId: string): boolean {
  if (!mapExists(mapId)) return false;
  liveDocuments()?.close(mapId);
  return deleteMap(mapId);
}
