'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createCompareStore, type CompareMode, type CompareState, type CompareStore, type ComparisonView, type StoreChoice } from '@/lib/store/compare-store';

/**
 * Compare mode's store, reached through context like the editor store. Node and edge
 * components read it with `useOptionalCompare`: in read-only renderings (version view,
 * print) there is no provider and they draw the ideal map only.
 */
const CompareStoreContext = createContext<CompareStore | null>(null);

/** Stands in when there is no provider: always Ideal mode, no figures. */
const IDEAL_ONLY = createCompareStore({ mapId: '' });

export function CompareStoreProvider({
  mapId,
  storeId,
  mode,
  stores,
  comparison,
  children,
}: {
  mapId: string;
  storeId: string | null;
  mode?: CompareMode;
  /** The stores a map can be compared with (id and name). */
  stores: StoreChoice[];
  /** Figures computed already (the print view), drawn without fetching. */
  comparison?: ComparisonView | null;
  children: ReactNode;
}) {
  const [store] = useState(() => createCompareStore({ mapId, storeId, mode, stores, comparison }));
  return <CompareStoreContext.Provider value={store}>{children}</CompareStoreContext.Provider>;
}

export function useCompareStoreApi(): CompareStore {
  const store = useContext(CompareStoreContext);
  if (!store) throw new Error('useCompareStoreApi must be used inside <CompareStoreProvider>');
  return store;
}

/** Reads a slice of compare state; wrap object-returning selectors in useShallow. */
export function useCompare<T>(selector: (state: CompareState) => T): T {
  return useStore(useCompareStoreApi(), selector);
}

/** Like useCompare, but outside a provider it reads an Ideal-only store (no figures). */
export function useOptionalCompare<T>(selector: (state: CompareState) => T): T {
  return useStore(useContext(CompareStoreContext) ?? IDEAL_ONLY, selector);
}
