import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Comparison } from '../analytics/compare';

/**
 * Compare mode's state, one store per open editor. It is per-viewer UI state — which store
 * the viewer compares with, the filters, the figures last fetched, which customer list is
 * open — and never part of the journey document (nothing here goes into Yjs).
 */

export type CompareMode = 'ideal' | 'actual' | 'both';
export const COMPARE_MODES: readonly CompareMode[] = ['ideal', 'actual', 'both'];

export function isCompareMode(value: unknown): value is CompareMode {
  return typeof value === 'string' && (COMPARE_MODES as readonly string[]).includes(value);
}

export interface CompareFilters {
  /** First-purchase date range, YYYY-MM-DD (inclusive), "" for open. */
  from: string;
  to: string;
  firstProduct: string;
  source: string;
  /** Discount code on the first purchase: "" any customer, "any" used one, "none" used none. */
  discount: '' | 'any' | 'none';
  country: string;
}

export const EMPTY_FILTERS: CompareFilters = { from: '', to: '', firstProduct: '', source: '', discount: '', country: '' };

export interface StoreChoice {
  id: string;
  name: string;
}

export interface FilterOptionView {
  value: string;
  customers: number;
}

/** GET /api/stores/:id/filter-options */
export interface FilterOptions {
  storeId: string;
  customers: number;
  firstPurchaseFrom: string | null;
  firstPurchaseTo: string | null;
  sources: FilterOptionView[];
  countries: FilterOptionView[];
  firstProducts: FilterOptionView[];
  discountCodes: FilterOptionView[];
}

/** GET /api/maps/:id/comparison */
export type ComparisonView = Comparison & { storeId: string; storeName: string };

/** The customer list open in the dialog: a figure reference (kind:id:list) and how to title it. */
export interface OpenList {
  figure: string;
  title: string;
  /** How many customers the number said (the list's total should equal it). */
  count: number;
}

export type FetchStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface CompareActions {
  setMode(mode: CompareMode): void;
  setStoreId(storeId: string | null): void;
  setStores(stores: StoreChoice[]): void;
  setFilter<K extends keyof CompareFilters>(key: K, value: CompareFilters[K]): void;
  resetFilters(): void;
  setOptions(options: FilterOptions | null): void;
  loading(): void;
  loaded(comparison: ComparisonView): void;
  failed(message: string): void;
  openList(list: OpenList): void;
  closeList(): void;
}

export interface CompareState {
  mapId: string;
  mode: CompareMode;
  storeId: string | null;
  stores: StoreChoice[] | null;
  filters: CompareFilters;
  options: FilterOptions | null;
  comparison: ComparisonView | null;
  status: FetchStatus;
  error: string | null;
  list: OpenList | null;
  actions: CompareActions;
}

export type CompareStore = StoreApi<CompareState>;

export function createCompareStore(init: {
  mapId: string;
  storeId?: string | null;
  mode?: CompareMode;
  stores?: StoreChoice[] | null;
  /** Figures already computed (the print view): the store starts ready with them. */
  comparison?: ComparisonView | null;
}): CompareStore {
  return createStore<CompareState>()((set) => ({
    mapId: init.mapId,
    mode: init.mode ?? 'ideal',
    storeId: init.storeId ?? null,
    stores: init.stores ?? null,
    filters: EMPTY_FILTERS,
    options: null,
    comparison: init.comparison ?? null,
    status: init.comparison ? 'ready' : 'idle',
    error: null,
    list: null,
    actions: {
      setMode: (mode) => set({ mode }),
      setStoreId: (storeId) =>
        set((s) => (s.storeId === storeId ? s : { storeId, filters: EMPTY_FILTERS, options: null, comparison: null, status: 'idle', error: null, list: null })),
      setStores: (stores) => set({ stores }),
      setFilter: (key, value) => set((s) => (s.filters[key] === value ? s : { filters: { ...s.filters, [key]: value } })),
      resetFilters: () => set({ filters: EMPTY_FILTERS }),
      setOptions: (options) => set({ options }),
      loading: () => set({ status: 'loading', error: null }),
      loaded: (comparison) => set({ comparison, status: 'ready', error: null }),
      failed: (message) => set({ status: 'error', error: message }),
      openList: (list) => set({ list }),
      closeList: () => set({ list: null }),
    },
  }));
}

/** The query string of the comparison API for a store and filters (empty filters left out). */
export function comparisonSearch(storeId: string | null, filters: CompareFilters, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  if (storeId) params.set('storeId', storeId);
  for (const [key, value] of Object.entries(filters)) if (value.trim() !== '') params.set(key, value.trim());
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params.toString();
}

/** True when any filter is set. */
export function hasFilters(filters: CompareFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}

// ---- module-level selectors (stable identities) -----------------------------------------

export const selectShowsActual = (s: CompareState) => s.mode !== 'ideal' && s.comparison !== null;
export const selectCompareMode = (s: CompareState) => s.mode;
export const selectCompareActions = (s: CompareState) => s.actions;

/** The busiest arrow's flow (customers who converted), for scaling arrow widths. */
export function maxEdgeFlow(comparison: ComparisonView | null): number {
  if (!comparison) return 0;
  let max = 0;
  for (const edge of Object.values(comparison.edges)) if (edge.converted > max) max = edge.converted;
  return max;
}
