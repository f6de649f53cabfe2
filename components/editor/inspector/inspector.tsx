'use client';

import { useShallow } from 'zustand/react/shallow';
import { nodeLabel } from '@/lib/journey/defaults';
import type { JourneyNode } from '@/lib/journey/schema';
import { KIND_LABELS } from '@/lib/store/flow';
import { useEditor, useEditorActions } from '@/lib/store/context';
import { selectSelectionCounts, selectSingleSelectedEdge, selectSingleSelectedNode } from '@/lib/store/selectors';
import { Button } from '@/components/ui/Button';
import { IconButton } from '@/components/ui/IconButton';
import { CopyIcon, TrashIcon } from '@/components/ui/icons';
import { MilestoneActuals } from '@/components/compare/milestone-actuals';
import { KindIcon } from '../kind-icons';
import { EdgeFields } from './edge-fields';
import { MapFields } from './map-fields';
import { MilestoneFields } from './milestone-fields';
import { NoteFields, PersonaFields, StageFields } from './simple-fields';
import { TouchpointFields } from './touchpoint-fields';

/** The right-hand panel: every field of what is selected, or the map when nothing is. */
export function Inspector() {
  const node = useEditor(selectSingleSelectedNode);
  const edge = useEditor(selectSingleSelectedEdge);
  const counts = useEditor(useShallow(selectSelectionCounts));
  const actions = useEditorActions();
  const edgeEnds = useEditor(
    useShallow((s) => {
      if (!edge) return { from: '', to: '' };
      const from = s.nodeById.get(edge.source);
      const to = s.nodeById.get(edge.target);
      return { from: from ? nodeLabel(from) : '', to: to ? nodeLabel(to) : '' };
    }),
  );

  if (node) {
    return (
      <div data-testid="inspector" data-kind={node.kind}>
        <Header icon={<KindIcon kind={node.kind} />} kind={KIND_LABELS[node.kind]} title={nodeLabel(node)}>
          <IconButton label="Duplicate" size="sm" icon={<CopyIcon />} onClick={() => actions.duplicateSelection()} />
          <IconButton label="Delete" size="sm" icon={<TrashIcon />} onClick={() => actions.deleteSelection()} />
        </Header>
        {/* Compare mode: what real customers did (nothing in Ideal mode) */}
        {node.kind === 'milestone' && <MilestoneActuals nodeId={node.id} />}
        {/* keyed by id: drafts and errors belong to one node */}
        <NodeFields key={node.id} node={node} />
      </div>
    );
  }
  if (edge) {
    return (
      <div data-testid="inspector" data-kind="edge">
        <Header icon={<ArrowIcon />} kind="Connection" title={edge.data.label || 'Connection'}>
          <IconButton label="Delete" size="sm" icon={<TrashIcon />} onClick={() => actions.deleteSelection()} />
        </Header>
        <EdgeFields key={edge.id} edge={edge} actions={actions} fromLabel={edgeEnds.from} toLabel={edgeEnds.to} />
      </div>
    );
  }
  if (counts.nodes + counts.edges > 1) {
    const parts = [counts.nodes && `${counts.nodes} step${counts.nodes === 1 ? '' : 's'}`, counts.edges && `${counts.edges} connection${counts.edges === 1 ? '' : 's'}`].filter(Boolean);
    return (
      <div data-testid="inspector" data-kind="selection" className="space-y-4 p-4">
        <p className="text-sm font-medium text-slate-900">{parts.join(' and ')} selected</p>
        <p className="text-[13px] text-slate-600">Drag to move them together, or use the arrow keys to nudge.</p>
        <div className="flex gap-2">
          {counts.nodes > 0 && (
            <Button size="sm" onClick={() => actions.duplicateSelection()}>
              <CopyIcon /> Duplicate
            </Button>
          )}
          <Button size="sm" variant="danger" onClick={() => actions.deleteSelection()}>
            <TrashIcon /> Delete
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div data-testid="inspector" data-kind="map">
      <MapFields />
    </div>
  );
}

function NodeFields({ node }: { node: JourneyNode }) {
  const actions = useEditorActions();
  switch (node.kind) {
    case 'stage':
      return <StageFields node={node} actions={actions} />;
    case 'touchpoint':
      return <TouchpointFields node={node} actions={actions} />;
    case 'milestone':
      return <MilestoneFields node={node} actions={actions} />;
    case 'persona':
      return <PersonaFields node={node} actions={actions} />;
    case 'note':
      return <NoteFields node={node} actions={actions} />;
  }
}

function Header({ icon, kind, title, children }: { icon: React.ReactNode; kind: string; title: string; children: React.ReactNode }) {
  return (
    <div className="flex items-center gap-3 border-b border-slate-100 px-4 py-3">
      <span className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-slate-100 text-slate-600">{icon}</span>
      <div className="min-w-0 flex-1">
        <p className="text-[11px] font-semibold tracking-wide text-slate-400 uppercase">{kind}</p>
        <p className="truncate text-sm font-medium text-slate-900">{title}</p>
      </div>
      <div className="flex gap-0.5">{children}</div>
    </div>
  );
}

function ArrowIcon() {
  return (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden className="size-4">
      <path d="M2.5 8h11m-3.5-3.5L13.5 8 10 11.5" />
    </svg>
  );
}
