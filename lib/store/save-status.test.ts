import { describe, expect, it } from 'vitest';
import { initialSaveState, reduceSaveState, saveLabel, type SaveEvent, type SaveState } from './save-status';

function run(events: SaveEvent[], from: SaveState = initialSaveState): SaveState {
  return events.reduce(reduceSaveState, from);
}

describe('save status', () => {
  const connected = run([{ type: 'connection', state: 'connected' }]);

  it('starts saved once connected', () => {
    expect(saveLabel(connected)).toBe('saved');
  });

  it('says Saving… until every update is acknowledged and then saved by the server', () => {
    let s = run([{ type: 'localChange' }, { type: 'unsynced', count: 1 }], connected);
    expect(saveLabel(s)).toBe('saving');
    // a save that finished before our update was acknowledged does not count
    s = reduceSaveState(s, { type: 'serverSaved' });
    expect(saveLabel(s)).toBe('saving');
    s = run([{ type: 'unsynced', count: 0 }, { type: 'serverSaved' }], s);
    expect(saveLabel(s)).toBe('saved');
  });

  it('a new edit after the acknowledgement waits for the next save', () => {
    const s = run([{ type: 'localChange' }, { type: 'unsynced', count: 0 }, { type: 'localChange' }, { type: 'serverSaved' }], connected);
    expect(saveLabel(s)).toBe('saving');
  });

  it('shows offline while disconnected and waits for a fresh acknowledgement after reconnecting', () => {
    let s = run([{ type: 'connection', state: 'disconnected' }, { type: 'localChange' }], connected);
    expect(saveLabel(s)).toBe('offline');
    s = run([{ type: 'connection', state: 'connecting' }, { type: 'connection', state: 'connected' }, { type: 'serverSaved' }], s);
    expect(saveLabel(s)).toBe('saving');
    s = run([{ type: 'unsynced', count: 0 }, { type: 'serverSaved' }], s);
    expect(saveLabel(s)).toBe('saved');
  });

  it('changes from the server wait for its next save too, without an acknowledgement', () => {
    let s = run([{ type: 'remoteChange' }], connected);
    expect(saveLabel(s)).toBe('saving');
    s = reduceSaveState(s, { type: 'serverSaved' });
    expect(saveLabel(s)).toBe('saved');
  });

  it('a change from the server does not end the wait for a local one', () => {
    const s = run([{ type: 'localChange' }, { type: 'remoteChange' }, { type: 'serverSaved' }], connected);
    expect(saveLabel(s)).toBe('saving');
    expect(saveLabel(run([{ type: 'unsynced', count: 0 }, { type: 'serverSaved' }], s))).toBe('saved');
  });
});
