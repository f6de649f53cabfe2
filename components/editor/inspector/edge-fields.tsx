'use client';

import type { JourneyEdge } from '@/lib/journey/schema';
import type { EditorActions } from '@/lib/store/editor-store';
import { NumberField, Section, TextField } from './fields';

export function EdgeFields({ edge, actions, fromLabel, toLabel }: { edge: JourneyEdge; actions: EditorActions; fromLabel: string; toLabel: string }) {
  return (
    <Section>
      <p className="text-[13px] text-slate-600">
        From <span className="font-medium text-slate-900">{fromLabel}</span> to <span className="font-medium text-slate-900">{toLabel}</span>
      </p>
      <TextField
        label="Label"
        value={edge.data.label ?? ''}
        placeholder="e.g. clicks through"
        onCommit={(label) => actions.updateEdgeData(edge.id, { label: label === '' ? undefined : label })}
      />
      <NumberField
        label="Expected delay"
        value={edge.data.expectedDays ?? null}
        optional
        min={0}
        suffix="days"
        placeholder="Not set"
        hint="How many days the customer usually takes from one step to the next."
        onCommit={(days) => actions.updateEdgeData(edge.id, { expectedDays: days === null ? undefined : days })}
      />
    </Section>
  );
}
