'use client';

import { useEffect } from 'react';
import { GRID_SIZE, type EditorStore } from '@/lib/store/editor-store';
import { nudgeStep } from './shortcuts';

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(type);
}

/**
 * Editor-wide keyboard shortcuts. They stay out of the way while someone types in a
 * field (the browser's own undo and copy apply there) and while a dialog is open.
 */
export function useEditorShortcuts(store: EditorStore, toggleHelp: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTextTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const { actions, snapToGrid } = store.getState();
      const mod = event.metaKey || event.ctrlKey;
      const key = event.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z') {
        if (event.shiftKey) actions.redo();
        else actions.undo();
      } else if (mod && key === 'y') actions.redo();
      else if (mod && key === 'c') {
        // Let the browser copy selected page text.
        if (window.getSelection()?.toString()) return;
        handled = actions.copySelection();
      } else if (mod && key === 'v') actions.paste();
      else if (mod && key === 'd') actions.duplicateSelection();
      else if (mod && key === 'a') actions.selectAll();
      else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) actions.deleteSelection();
      else if (!mod && event.key === 'Escape') actions.clearSelection();
      else if (!mod && event.key === '?') toggleHelp();
      else if (!mod && !event.altKey && ARROWS[event.key] && store.getState().selectedNodeIds.length > 0) {
        const [dx, dy] = ARROWS[event.key];
        const step = nudgeStep(snapToGrid, GRID_SIZE, event.shiftKey);
        actions.nudgeSelection(dx * step, dy * step);
      } else handled = false;
      if (handled) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, toggleHelp]);
}
