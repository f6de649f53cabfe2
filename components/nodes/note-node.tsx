'use client';

import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNodeOf } from '@/lib/store/flow';
import { cn } from '@/components/ui/cn';
import { NOTE_COLORS } from './colors';
import { NodeCard } from './node-card';
import { NodeHandles } from './node-handles';
import { useRenderProbe } from './render-probe';

function NoteNodeView({ id, data, selected }: NodeProps<FlowNodeOf<'note'>>) {
  useRenderProbe(id);
  return (
    <NodeCard selected={selected} className={cn('rounded-md shadow', NOTE_COLORS[data.color] ?? NOTE_COLORS.amber)} testId="note-card">
      <NodeHandles />
      {data.text.trim() ? (
        <p className="line-clamp-5 px-3 py-2.5 text-[13px] leading-snug whitespace-pre-line text-slate-800">{data.text}</p>
      ) : (
        <p className="px-3 py-2.5 text-[13px] text-slate-500 italic">Empty note</p>
      )}
    </NodeCard>
  );
}

export const NoteNode = memo(NoteNodeView);
