'use client';

import { useState } from 'react';
import { Panel, useReactFlow } from '@xyflow/react';
import { readDocument } from '@/lib/collab/ydoc';
import { useEditor, useEditorStoreApi } from '@/lib/store/context';
import { selectNodeCount, selectSnapToGrid } from '@/lib/store/selectors';
import { cn } from '@/components/ui/cn';
import { Spinner } from '@/components/ui/Spinner';
import { useToast } from '@/components/ui/Toast';

function ControlButton({ label, onClick, pressed, disabled, children }: { label: string; onClick: () => void; pressed?: boolean; disabled?: boolean; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      className={cn(
        'flex h-8 min-w-8 items-center justify-center gap-1.5 rounded-md px-2 text-[13px] font-medium text-slate-600 transition-colors hover:bg-slate-100 hover:text-slate-900 disabled:opacity-40',
        'focus-visible:outline-2 focus-visible:outline-indigo-600',
        pressed && 'bg-indigo-50 text-indigo-700 hover:bg-indigo-100 hover:text-indigo-800',
      )}
    >
      {children}
    </button>
  );
}

function Svg({ children }: { children: React.ReactNode }) {
  return (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden className="size-4">
      {children}
    </svg>
  );
}

/** Zoom, fit, snap-to-grid and auto-layout, in one quiet toolbar at the bottom left. */
export function CanvasControls() {
  const { zoomIn, zoomOut, fitView } = useReactFlow();
  const store = useEditorStoreApi();
  const snap = useEditor(selectSnapToGrid);
  const nodeCount = useEditor(selectNodeCount);
  const [layingOut, setLayingOut] = useState(false);
  const toast = useToast();

  async function autoLayout() {
    setLayingOut(true);
    try {
      // elkjs is large: load it only when someone asks for a layout.
      const { layoutDocument } = await import('@/lib/journey/layout');
      const result = await layoutDocument(readDocument(store.ydoc), { sizes: store.measuredSizes() });
      store.getState().actions.applyLayout(result);
      requestAnimationFrame(() => void fitView({ padding: 0.12, duration: 300, maxZoom: 1 }));
      toast({ title: 'Map laid out', description: 'Undo with Ctrl/⌘ Z if you preferred it before.', tone: 'success' });
    } catch (error) {
      console.error(error);
      toast({ title: 'The layout could not be computed.', tone: 'error' });
    } finally {
      setLayingOut(false);
    }
  }

  return (
    <Panel position="bottom-left" className="!m-3">
      <div className="flex items-center gap-0.5 rounded-lg bg-white p-1 shadow-md ring-1 ring-slate-900/10" role="toolbar" aria-label="Canvas">
        <ControlButton label="Zoom out" onClick={() => void zoomOut({ duration: 150 })}>
          <Svg>
            <path d="M3.5 8h9" />
          </Svg>
        </ControlButton>
        <ControlButton label="Zoom in" onClick={() => void zoomIn({ duration: 150 })}>
          <Svg>
            <path d="M8 3.5v9M3.5 8h9" />
          </Svg>
        </ControlButton>
        <ControlButton label="Fit the map in view" onClick={() => void fitView({ padding: 0.12, duration: 300, maxZoom: 1 })}>
          <Svg>
            <path d="M2.75 5.75v-3h3M13.25 5.75v-3h-3M2.75 10.25v3h3M13.25 10.25v3h-3" />
          </Svg>
        </ControlButton>
        <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden />
        <ControlButton label="Snap to grid" pressed={snap} onClick={() => store.getState().actions.setSnapToGrid(!snap)}>
          <Svg>
            <path d="M5.5 2.5v11M10.5 2.5v11M2.5 5.5h11M2.5 10.5h11" />
          </Svg>
        </ControlButton>
        <ControlButton label="Auto-layout the whole map" onClick={autoLayout} disabled={layingOut || nodeCount === 0}>
          {layingOut ? (
            <Spinner size="sm" label="" />
          ) : (
            <Svg>
              <rect x="2" y="2.5" width="4.5" height="4.5" rx="1" />
              <rect x="9.5" y="2.5" width="4.5" height="4.5" rx="1" />
              <rect x="9.5" y="9" width="4.5" height="4.5" rx="1" />
              <path d="M6.5 4.75h3M11.75 7v2" />
            </Svg>
          )}
          <span>Auto-layout</span>
        </ControlButton>
      </div>
    </Panel>
  );
}
