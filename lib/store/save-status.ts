/**
 * What the editor tells the user about their changes: "Saved", "Saving…" or
 * "Offline — changes kept". A pure reducer so the rules are unit-tested.
 *
 * "Saved" is only claimed once (1) the server acknowledged every local update (the
 * provider reports no unsynced changes) and then (2) the server announced a save to the
 * database. Until then the changes live in the Y.Doc and IndexedDB, never only in memory.
 * Changes that come from the server count too: the server may hold them in memory only
 * (another editor's, or this browser's own from before a reload), so they wait for the
 * server's next save like local ones.
 */

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';
export type SaveLabel = 'saved' | 'saving' | 'offline';

export interface SaveState {
  connection: ConnectionState;
  /** Local changes exist that the server has not yet confirmed as stored. */
  pending: boolean;
  /** The server acknowledged every local update made so far. */
  acknowledged: boolean;
}

export type SaveEvent =
  | { type: 'localChange' }
  /** Changes that came from the server, which it may not have stored yet. */
  | { type: 'remoteChange' }
  | { type: 'unsynced'; count: number }
  | { type: 'serverSaved' }
  | { type: 'connection'; state: ConnectionState };

export const initialSaveState: SaveState = { connection: 'connecting', pending: false, acknowledged: true };

export function reduceSaveState(state: SaveState, event: SaveEvent): SaveState {
  switch (event.type) {
    case 'localChange':
      return { ...state, pending: true, acknowledged: false };
    case 'remoteChange':
      // Nothing to acknowledge: the server has them. The server's messages arrive in order,
      // so the next "saved" announced after them includes them.
      return state.pending ? state : { ...state, pending: true };
    case 'unsynced':
      return event.count === 0 && state.connection === 'connected' && !state.acknowledged ? { ...state, acknowledged: true } : state;
    case 'serverSaved':
      return state.pending && state.acknowledged ? { ...state, pending: false } : state;
    case 'connection':
      if (event.state === state.connection) return state;
      // After a reconnect the provider re-sends everything; wait for it to be acknowledged again.
      return { ...state, connection: event.state, acknowledged: event.state === 'connected' ? state.acknowledged && !state.pending : false };
  }
}

export function saveLabel(state: SaveState): SaveLabel {
  if (state.connection === 'disconnected') return 'offline';
  return state.pending ? 'saving' : 'saved';
}

export const SAVE_LABEL_TEXT: Record<SaveLabel, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  offline: 'Offline — changes kept',
};
