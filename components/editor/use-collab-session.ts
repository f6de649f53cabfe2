'use client';

import { useEffect, useReducer, useState } from 'react';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import { readDocument } from '@/lib/collab/ydoc';
import { sameContent } from '@/lib/journey/same-content';
import type { JourneyDocument } from '@/lib/journey/schema';
import { createEditorStore, type EditorStore } from '@/lib/store/editor-store';
import { initialSaveState, reduceSaveState, saveLabel, type ConnectionState, type SaveLabel } from '@/lib/store/save-status';

/** Origin of the server state the page was rendered with (not a local edit). */
const INITIAL_ORIGIN = 'loopmap-initial-state';
/** How long to wait for the server's "saved" message before checking the stored map directly, and between checks. */
const SAVE_CHECK_AFTER_MS = 4000;

export function collabUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/collab`;
}

function decodeBase64(value: string): Uint8Array {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface CollabSession {
  store: EditorStore;
  status: SaveLabel;
  connection: ConnectionState;
}

/**
 * One editing session of a map: a Y.Doc seeded with the server state the page was
 * rendered with (so the canvas draws at once), kept in IndexedDB (edits made offline
 * survive a reload) and synced live through Hocuspocus.
 */
export function useCollabSession(mapId: string, initialState: string): CollabSession {
  const [store] = useState(() => {
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, decodeBase64(initialState), INITIAL_ORIGIN);
    return createEditorStore(ydoc);
  });
  const [save, dispatch] = useReducer(reduceSaveState, initialSaveState);

  // The store and its Y.Doc live exactly as long as this component; they are not destroyed
  // in an effect cleanup because React may run cleanups and effects again (Strict Mode)
  // while keeping the same state.

  useEffect(() => {
    const ydoc = store.ydoc;
    const local = new IndexeddbPersistence(`loopmap-map-${mapId}`, ydoc);

    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === INITIAL_ORIGIN) return;
      // Everything that did not come from the server is something the server must still store:
      // this editor's edits, and edits made offline earlier that IndexedDB brings back. What
      // came from the server is stored by its next save (the page was drawn from the stored map).
      dispatch({ type: origin instanceof HocuspocusProvider ? 'remoteChange' : 'localChange' });
    };
    ydoc.on('update', onUpdate);

    function connect(): HocuspocusProvider {
      const provider = new HocuspocusProvider({ url: collabUrl(), name: mapId, document: ydoc });
      provider.on('unsyncedChanges', ({ number }: { number: number }) => dispatch({ type: 'unsynced', count: number }));
      provider.on('status', ({ status }: { status: ConnectionState }) => dispatch({ type: 'connection', state: status }));
      provider.on('stateless', ({ payload }: { payload: string }) => {
        try {
          if ((JSON.parse(payload) as { type?: string }).type === 'saved') dispatch({ type: 'serverSaved' });
        } catch {
          // not one of ours
        }
      });
      return provider;
    }
    let provider: HocuspocusProvider | null = navigator.onLine ? connect() : null;

    // The browser knows about a lost network before the websocket times out, so say
    // "offline" right away. The connection is dropped and made anew when the network is
    // back, not resumed: on a dead network the old socket's close can take minutes, and
    // until it ends the provider takes itself for connected and ignores connect().
    // A new connection starts with a sync both ways, which merges what each side missed.
    const goOffline = () => {
      provider?.destroy();
      provider = null;
      dispatch({ type: 'connection', state: 'disconnected' });
    };
    const goOnline = () => {
      provider ??= connect();
    };
    window.addEventListener('offline', goOffline);
    window.addEventListener('online', goOnline);
    if (!provider) dispatch({ type: 'connection', state: 'disconnected' });

    return () => {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      ydoc.off('update', onUpdate);
      provider?.destroy();
      void local.destroy();
    };
  }, [mapId, store]);

  // Safety net: if the server had nothing new to store (the changes IndexedDB brought back
  // were already saved), no "saved" message comes. Compare with the stored map instead,
  // again every few seconds: the server may store the changes only after the first look.
  const waitingForSave = save.pending && save.acknowledged && save.connection === 'connected';
  useEffect(() => {
    if (!waitingForSave) return;
    const controller = new AbortController();
    const check = async () => {
      try {
        const response = await fetch(`/api/maps/${mapId}`, { signal: controller.signal, cache: 'no-store' });
        if (!response.ok) return;
        const stored = (await response.json()) as { document: JourneyDocument };
        if (sameContent(readDocument(store.ydoc), stored.document)) dispatch({ type: 'serverSaved' });
      } catch {
        // offline or aborted: the next check, or the next state change, tries again
      }
    };
    const timer = setInterval(() => void check(), SAVE_CHECK_AFTER_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [waitingForSave, mapId, store]);

  return { store, status: saveLabel(save), connection: save.connection };
}
