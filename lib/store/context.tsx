'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './editor-store';

/**
 * The editor store reached through React context, so several editors (or an editor and a
 * read-only preview) can live on one page, each with its own store.
 */
const EditorStoreContext = createContext<EditorStore | null>(null);

export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

export function useEditorStoreApi(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStoreApi must be used inside <EditorStoreProvider>');
  return store;
}

/** The store when there is one; null in read-only renderings (version view, print). */
export function useOptionalEditorStoreApi(): EditorStore | null {
  return useContext(EditorStoreContext);
}

/** Reads a slice of the editor state; wrap object-returning selectors in useShallow. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStoreApi(), selector);
}

export function useEditorActions() {
  return useEditor((s) => s.actions);
}
