'use client';

import { useEffect, useRef } from 'react';
import type { EditorState } from '@/lib/store/editor-store';
import { useEditor } from '@/lib/store/context';
import { useCompare, useCompareStoreApi } from './context';
import { fetchComparison, fetchFilterOptions } from './api';

/** Filter changes are sent after a short pause in typing or clicking. */
export const FILTER_DEBOUNCE_MS = 350;
/** Map edits reach the server's live document first; ask a little later. */
const EDIT_DEBOUNCE_MS = 900;

/**
 * What the comparison depends on in the document: node kinds, milestone rules, touchpoint
 * days and the arrows — not positions or text, so dragging or typing a title does not
 * fetch again. Cached per (nodes, edges) pair; both arrays keep their identity while the
 * document is unchanged.
 */
const signatures = new WeakMap<object, { edges: object; signature: string }>();

export function selectComparisonSignature(s: EditorState): string {
  const cached = signatures.get(s.nodes);
  if (cached && cached.edges === s.edges) return cached.signature;
  const parts: unknown[] = [];
  for (const node of s.nodes) {
    if (node.kind === 'milestone') parts.push([node.id, 'm', node.data.condition, node.data.window, node.data.targetShare]);
    else if (node.kind === 'touchpoint') parts.push([node.id, 't', node.data.dayAfterFirstOrder]);
    else parts.push([node.id, node.kind]);
  }
  for (const edge of s.edges) parts.push([edge.id, edge.source, edge.target, edge.data.expectedDays ?? null]);
  const signature = JSON.stringify(parts);
  signatures.set(s.nodes, { edges: s.edges, signature });
  return signature;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Keeps compare mode's figures current: fetches the filter options of the store and the
 * comparison whenever the mode, the store, the filters (debounced) or the measurable part
 * of the map (debounced) change. Figures already shown stay while new ones load.
 */
export function useCompareData(): void {
  const api = useCompareStoreApi();
  const mode = useCompare((s) => s.mode);
  const storeId = useCompare((s) => s.storeId);
  const filters = useCompare((s) => s.filters);
  const signature = useEditor(selectComparisonSignature);
  const mapId = api.getState().mapId;
  const active = mode !== 'ideal' && storeId !== null;

  useEffect(() => {
    if (!active || storeId === null) return;
    const controller = new AbortController();
    fetchFilterOptions(storeId, controller.signal).then(
      (options) => api.getState().actions.setOptions(options),
      (error: unknown) => {
        if (!isAbort(error)) api.getState().actions.setOptions(null);
      },
    );
    return () => controller.abort();
  }, [api, active, storeId]);

  const previous = useRef<{ key: string; filters: typeof filters; signature: string } | null>(null);
  useEffect(() => {
    if (!active || storeId === null) {
      previous.current = null;
      return;
    }
    const key = storeId;
    const last = previous.current;
    const delay = !last || last.key !== key ? 0 : last.filters !== filters ? FILTER_DEBOUNCE_MS : last.signature !== signature ? EDIT_DEBOUNCE_MS : 0;
    previous.current = { key, filters, signature };
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const { actions } = api.getState();
      actions.loading();
      fetchComparison(mapId, storeId, filters, controller.signal).then(
        (comparison) => actions.loaded(comparison),
        (error: unknown) => {
          if (!isAbort(error)) actions.failed(error instanceof Error ? error.message : String(error));
        },
      );
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, mapId, active, storeId, filters, signature]);
}
