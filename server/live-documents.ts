/**
 * What the rest of the server may do with the maps that are open for live editing.
 * server/collab.ts registers the implementation on globalThis when the collaboration
 * server starts, because Next bundles route handlers apart from server.ts and the two
 * must share the one set of open documents.
 */
export interface LiveDocuments {
  /**
   * Applies a change to the map's open Yjs document and stores the result at once; editors
   * that have the map open see it live. The change crosses as bytes, never as Yjs objects:
   * route handlers run in Next's bundle, whose copy of Yjs is not the collaboration
   * server's, and Yjs refuses types made by another copy. `computeUpdate` gets the open
   * document's state and answers the Yjs update to apply (null: nothing to change).
   */
  change(mapId: string, computeUpdate: (state: Uint8Array) => Uint8Array | null): Promise<void>;
  /** The current Yjs state of the map when it is open, else undefined. */
  openState(mapId: string): Uint8Array | undefined;
  /** Disconnects every editor of the map (used when it is deleted). */
  close(mapId: string): void;
}

const registry = globalThis as unknown as { __loopmapLiveDocuments?: LiveDocuments };

export function registerLiveDocuments(live: LiveDocuments | undefined): void {
  registry.__loopmapLiveDocuments = live;
}

export function liveDocuments(): LiveDocuments | undefined {
  return registry.__loopmapLiveDocuments;
}
