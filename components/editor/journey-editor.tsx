'use client';

import '@xyflow/react/dist/style.css';
import './editor.css';
import { useCallback, useEffect, useState } from 'react';
import Link from 'next/link';
import { ReactFlowProvider } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { EditorStoreProvider, useEditor } from '@/lib/store/context';
import { selectUndoRedo } from '@/lib/store/selectors';
import type { EditorStore } from '@/lib/store/editor-store';
import { IconButton } from '@/components/ui/IconButton';
import { cn } from '@/components/ui/cn';
import { EditorExportButton } from '@/components/export/EditorExportButton';
import { CompareBar } from '@/components/compare/compare-bar';
import { CompareToggle } from '@/components/compare/compare-toggle';
import { CompareStoreProvider, useCompare } from '@/components/compare/context';
import { CustomerListDialog } from '@/components/compare/customer-list-dialog';
import { useCompareData } from '@/components/compare/use-compare-data';
import type { CompareMode, StoreChoice } from '@/lib/store/compare-store';
import { Canvas } from './canvas';
import { Inspector } from './inspector/inspector';
import { MapNameInput } from './map-name-input';
import { SaveStatusBadge } from './save-status-badge';
import { ShortcutsHelp } from './shortcuts-help';
import { useCollabSession } from './use-collab-session';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { VersionsPanel } from './versions-panel';

declare global {
  interface Window {
    /** The editor store of the open map, for e2e tests and the benchmark. */
    __loopmapEditor?: EditorStore;
  }
}

export interface JourneyEditorProps {
  mapId: string;
  /** The map's Yjs state as the server had it, base64. */
  initialState: string;
  /** The store the map is linked to for Compare mode, if any. */
  storeId?: string | null;
  /** The stores the map can be compared with. */
  stores?: StoreChoice[];
  /** Compare mode to open in (from ?compare=actual|both). */
  compareMode?: CompareMode;
  /** A version to offer restoring at once (from ?restore=<version id>). */
  offerRestoreOf?: string;
}

export function JourneyEditor({ mapId, initialState, storeId = null, stores = [], compareMode = 'ideal', offerRestoreOf }: JourneyEditorProps) {
  const { store, status } = useCollabSession(mapId, initialState);
  useEffect(() => {
    window.__loopmapEditor = store;
    return () => {
      if (window.__loopmapEditor === store) delete window.__loopmapEditor;
    };
  }, [store]);

  return (
    <EditorStoreProvider store={store}>
      {/* Compare mode is per-viewer UI state: its own store, never in the Yjs document. */}
      <CompareStoreProvider mapId={mapId} storeId={storeId} stores={stores} mode={compareMode}>
        <ReactFlowProvider>
          <EditorLayout mapId={mapId} store={store} status={status} offerRestoreOf={offerRestoreOf} />
        </ReactFlowProvider>
      </CompareStoreProvider>
    </EditorStoreProvider>
  );
}

type Panel = 'details' | 'versions';

interface EditorLayoutProps {
  mapId: string;
  store: EditorStore;
  status: ReturnType<typeof useCollabSession>['status'];
  offerRestoreOf?: string;
}

function EditorLayout({ mapId, store, status, offerRestoreOf }: EditorLayoutProps) {
  const [helpOpen, setHelpOpen] = useState(false);
  const [panel, setPanel] = useState<Panel>(offerRestoreOf ? 'versions' : 'details');
  const toggleHelp = useCallback(() => setHelpOpen((open) => !open), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  useEditorShortcuts(store, toggleHelp);
  useCompareData();
  const comparing = useCompare((s) => s.mode !== 'ideal');

  return (
    <div className="flex h-full flex-col bg-slate-50" data-testid="journey-editor">
      <header className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3">
        <Link
          href="/"
          className="rounded-md px-2 py-1 text-[13px] text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          ← Maps
        </Link>
        <span className="h-5 w-px bg-slate-200" aria-hidden />
        <MapNameInput />
        <SaveStatusBadge status={status} />
        <div className="ml-auto flex items-center gap-1">
          <CompareToggle />
          <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden />
          <EditorExportButton mapId={mapId} />
          <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden />
          <UndoRedo store={store} />
          <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden />
          <ShortcutsHelp open={helpOpen} onToggle={toggleHelp} onClose={closeHelp} />
        </div>
      </header>
      {comparing && <CompareBar />}
      <CustomerListDialog />
      <div className="flex min-h-0 flex-1">
        <div className="min-w-0 flex-1">
          <Canvas />
        </div>
        <aside className="flex w-[22rem] shrink-0 flex-col border-l border-slate-200 bg-white" aria-label="Details">
          <div role="tablist" aria-label="Side panel" className="flex shrink-0 gap-1 border-b border-slate-200 px-3 pt-2">
            {(
              [
                ['details', 'Details'],
                ['versions', 'Versions'],
              ] as const
            ).map(([id, label]) => (
              <button
                key={id}
                role="tab"
                type="button"
                id={`tab-${id}`}
                aria-selected={panel === id}
                aria-controls={`panel-${id}`}
                onClick={() => setPanel(id)}
                className={cn(
                  '-mb-px border-b-2 px-3 pt-1 pb-2 text-[13px] font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600',
                  panel === id ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-500 hover:text-slate-800',
                )}
              >
                {label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`} className="min-h-0 flex-1 overflow-y-auto">
            {panel === 'details' ? <Inspector /> : <VersionsPanel mapId={mapId} offerRestoreOf={offerRestoreOf} />}
          </div>
        </aside>
      </div>
    </div>
  );
}

function UndoRedo({ store }: { store: EditorStore }) {
  const { canUndo, canRedo } = useEditor(useShallow(selectUndoRedo));
  const { undo, redo } = store.getState().actions;
  return (
    <>
      <IconButton
        label="Undo"
        title="Undo (Ctrl/⌘ Z)"
        size="sm"
        disabled={!canUndo}
        onClick={undo}
        icon={
          <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden className="size-4">
            <path d="M5.5 3 2.5 6l3 3" />
            <path d="M2.5 6h7a4 4 0 0 1 0 8H7" />
          </svg>
        }
      />
      <IconButton
        label="Redo"
        title="Redo (Ctrl/⌘ Shift Z)"
        size="sm"
        disabled={!canRedo}
        onClick={redo}
        icon={
          <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden className="size-4">
            <path d="m10.5 3 3 3-3 3" />
            <path d="M13.5 6h-7a4 4 0 0 0 0 8H9" />
          </svg>
        }
      />
    </>
  );
}
