import 'server-only';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { getMapState } from '@/db/queries/maps';
import { encodeState } from '@/lib/collab/ydoc';
import { persistYDoc } from './map-documents';
import { registerLiveDocuments } from './live-documents';

export const COLLAB_PATH = '/collab';

/** The stateless message editors receive once their edits are on disk. */
export interface SavedMessage {
  type: 'saved';
  at: number;
}

/**
 * Live co-editing: one Hocuspocus instance on the app's own HTTP server. A document's
 * name is its map id. Edits are stored at most ~2 s after the last one (`debounce` after
 * a pause, `maxDebounce` during continuous editing) and on shutdown.
 */
export function createCollabServer() {
  const hocuspocus = new Hocuspocus({
    name: 'loopmap',
    quiet: true,
    debounce: 800,
    maxDebounce: 2000,
    async onLoadDocument({ documentName, document }) {
      const state = getMapState(documentName);
      if (!state) throw new Error(`unknown map ${documentName}`);
      Y.applyUpdate(document, state);
      return document;
    },
    async onStoreDocument({ documentName, document }) {
      // better-sqlite3 writes synchronously: every update this server acknowledged before
      // this line is in what is stored, so "saved" below is true for all of them.
      if (!persistYDoc(documentName, document)) return;
      const message: SavedMessage = { type: 'saved', at: Date.now() };
      document.broadcastStateless(JSON.stringify(message));
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 });

  registerLiveDocuments({
    async change(mapId, computeUpdate) {
      const connection = await hocuspocus.openDirectConnection(mapId);
      try {
        await connection.transact((doc) => {
          const update = computeUpdate(encodeState(doc));
          if (update) Y.applyUpdate(doc, update, 'api');
        });
      } finally {
        await connection.disconnect();
      }
    },
    openState(mapId) {
      const doc = hocuspocus.documents.get(mapId);
      return doc ? encodeState(doc) : undefined;
    },
    close(mapId) {
      hocuspocus.closeConnections(mapId);
    },
  });

  return {
    hocuspocus,
    /** Takes over websocket upgrades on COLLAB_PATH; returns false for other paths. */
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname !== COLLAB_PATH) return false;
      wss.handleUpgrade(request, socket, head, (ws) => hocuspocus.handleConnection(ws, request));
      return true;
    },
    /** Stores every open document now, synchronously, then closes all connections. */
    flushAndClose(): number {
      let stored = 0;
      for (const [name, document] of hocuspocus.documents) {
        if (persistYDoc(name, document)) stored += 1;
      }
      hocuspocus.closeConnections();
      wss.close();
      registerLiveDocuments(undefined);
      return stored;
    },
  };
}
