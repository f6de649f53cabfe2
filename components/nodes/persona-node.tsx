'use client';

import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNodeOf } from '@/lib/store/flow';
import { NodeCard } from './node-card';
import { NodeHandles } from './node-handles';
import { useRenderProbe } from './render-probe';

function initials(title: string): string {
  const words = title.trim().split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words[1]?.[0] ?? '')).toUpperCase() || '?';
}

function PersonaNodeView({ id, data, selected }: NodeProps<FlowNodeOf<'persona'>>) {
  useRenderProbe(id);
  const summary = data.summary || data.demographics || data.motivations;
  return (
    <NodeCard selected={selected} className="border-violet-200 bg-white" testId="persona-card">
      <NodeHandles />
      <div className="flex min-h-0 flex-1 gap-3 px-3 pt-3 pb-2">
        <div className="flex size-9 shrink-0 items-center justify-center rounded-full bg-violet-100 text-[13px] font-semibold text-violet-700" aria-hidden>
          {initials(data.title)}
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <p className="text-[11px] font-medium tracking-wide text-violet-700 uppercase">Persona</p>
          <p className="truncate text-[13.5px] leading-snug font-semibold text-slate-900">{data.title}</p>
          {summary ? (
            <p className="line-clamp-2 text-[12px] leading-snug text-slate-600">{summary}</p>
          ) : (
            <p className="text-[12px] text-slate-400 italic">Who they are, what drives them</p>
          )}
        </div>
      </div>
    </NodeCard>
  );
}

export const PersonaNode = memo(PersonaNodeView);
