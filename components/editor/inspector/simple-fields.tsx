'use client';

import type { NodeOfKind } from '@/lib/journey/schema';
import type { EditorActions } from '@/lib/store/editor-store';
import { ColorField, Section, TextField } from './fields';

type Props<K extends 'stage' | 'note' | 'persona'> = { node: NodeOfKind<K>; actions: EditorActions };

export function StageFields({ node, actions }: Props<'stage'>) {
  const write = (patch: Record<string, unknown>) => actions.updateNodeData(node.id, patch);
  return (
    <Section>
      <TextField label="Title" value={node.data.title} onCommit={(title) => write({ title })} />
      <TextField label="Description" value={node.data.description} multiline placeholder="What happens in this phase?" onCommit={(description) => write({ description })} />
      <ColorField label="Colour" name={`color-${node.id}`} value={node.data.color} onChange={(color) => write({ color })} />
      <p className="text-[12px] text-slate-500">Drag steps into the lane to group them; drag the lane’s corner to resize it.</p>
    </Section>
  );
}

export function NoteFields({ node, actions }: Props<'note'>) {
  const write = (patch: Record<string, unknown>) => actions.updateNodeData(node.id, patch);
  return (
    <Section>
      <TextField label="Text" value={node.data.text} multiline rows={6} placeholder="Write a note for the team" onCommit={(text) => write({ text })} />
      <ColorField label="Colour" name={`color-${node.id}`} value={node.data.color} onChange={(color) => write({ color })} />
    </Section>
  );
}

const PERSONA_FIELDS = [
  { key: 'summary', label: 'Summary', placeholder: 'One or two sentences about who they are' },
  { key: 'demographics', label: 'Demographics', placeholder: 'Age, place, income, family…' },
  { key: 'psychographics', label: 'Psychographics', placeholder: 'Values, interests, lifestyle…' },
  { key: 'motivations', label: 'Motivations', placeholder: 'What they want to achieve' },
  { key: 'emotionalTriggers', label: 'Emotional triggers', placeholder: 'What makes them act' },
  { key: 'objections', label: 'Objections', placeholder: 'What holds them back from buying' },
] as const;

export function PersonaFields({ node, actions }: Props<'persona'>) {
  const write = (patch: Record<string, unknown>) => actions.updateNodeData(node.id, patch);
  return (
    <Section>
      <TextField label="Name" value={node.data.title} onCommit={(title) => write({ title })} />
      {PERSONA_FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          value={node.data[field.key]}
          multiline
          placeholder={field.placeholder}
          onCommit={(value) => write({ [field.key]: value })}
        />
      ))}
    </Section>
  );
}
