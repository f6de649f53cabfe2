'use client';

import { useShallow } from 'zustand/react/shallow';
import { useEditor, useEditorActions } from '@/lib/store/context';
import { Section, TextField } from './fields';

const selectCounts = (s: { nodes: { kind: string }[]; edges: unknown[] }) => ({
  stages: s.nodes.filter((n) => n.kind === 'stage').length,
  steps: s.nodes.filter((n) => n.kind !== 'stage').length,
  connections: s.edges.length,
});

/** Shown when nothing is selected: the map itself, and how to get going. */
export function MapFields() {
  const meta = useEditor((s) => s.meta);
  const counts = useEditor(useShallow(selectCounts));
  const actions = useEditorActions();
  return (
    <>
      <Section>
        <TextField label="Map name" value={meta.name} onCommit={(name) => actions.setMapName(name)} />
        <TextField label="Description" value={meta.description} multiline placeholder="What this map is for" onCommit={(d) => actions.setMapDescription(d)} />
        <dl className="grid grid-cols-3 gap-2 text-center">
          {[
            ['Stages', counts.stages],
            ['Steps', counts.steps],
            ['Connections', counts.connections],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg bg-slate-50 py-2 ring-1 ring-slate-200 ring-inset">
              <dt className="text-[11px] text-slate-500">{label}</dt>
              <dd className="text-[15px] font-semibold text-slate-900 tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title="Getting around">
        <ul className="space-y-2 text-[13px] text-slate-600">
          <li>Select a step to edit its details here.</li>
          <li>Drag from the dot on a step’s right edge to another step to connect them.</li>
          <li>Hold Shift and drag on the canvas to select several steps.</li>
          <li>Press ? for all keyboard shortcuts.</li>
        </ul>
      </Section>
    </>
  );
}
