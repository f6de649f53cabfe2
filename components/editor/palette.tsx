'use client';

import { useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { NODE_KINDS, type NodeKind } from '@/lib/journey/schema';
import { NODE_SIZE } from '@/lib/journey/defaults';
import { KIND_LABELS } from '@/lib/store/flow';
import { useEditorActions } from '@/lib/store/context';
import { KindIcon, KIND_HINTS } from './kind-icons';

export const DRAG_KIND_TYPE = 'application/x-loopmap-kind';

const STAGE_SIZE = { width: 420, height: 560 };

export function sizeOfNewNode(kind: NodeKind) {
  return kind === 'stage' ? STAGE_SIZE : NODE_SIZE;
}

/** Adds a node of `kind` in the middle of what the canvas shows, a little offset each time. */
export function useAddAtCenter() {
  const { screenToFlowPosition } = useReactFlow();
  const actions = useEditorActions();
  const cascade = useRef(0);
  return (kind: NodeKind) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const center = pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
    const at = screenToFlowPosition(center);
    const size = sizeOfNewNode(kind);
    const shift = (cascade.current++ % 6) * 24;
    return actions.addNode(kind, { x: Math.round(at.x - size.width / 2 + shift), y: Math.round(at.y - size.height / 2 + shift) });
  };
}

/** The palette: click a kind to add it, or drag it onto the canvas (or into a stage). */
export function Palette() {
  const addAtCenter = useAddAtCenter();
  return (
    <nav aria-label="Add to the map" className="pointer-events-auto flex flex-col gap-0.5 rounded-xl bg-white p-1.5 shadow-md ring-1 ring-slate-900/10">
      <p className="px-2 pt-1 pb-1.5 text-[11px] font-semibold tracking-wide text-slate-400 uppercase">Add</p>
      {NODE_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          draggable
          onDragStart={(event) => {
            event.dataTransfer.setData(DRAG_KIND_TYPE, kind);
            event.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => addAtCenter(kind)}
          title={KIND_HINTS[kind]}
          aria-label={`Add ${KIND_LABELS[kind].toLowerCase()}`}
          className="flex w-full cursor-grab items-center gap-2.5 rounded-lg px-2 py-1.5 text-left text-[13px] font-medium text-slate-700 transition-colors hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 active:cursor-grabbing"
        >
          <span className="flex size-6 items-center justify-center rounded-md bg-slate-100 text-slate-600">
            <KindIcon kind={kind} />
          </span>
          {KIND_LABELS[kind]}
        </button>
      ))}
    </nav>
  );
}
