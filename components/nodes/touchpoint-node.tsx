'use client';

import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNodeOf } from '@/lib/store/flow';
import { cn } from '@/components/ui/cn';
import { ChannelIcon } from './channel-icon';
import { CHANNEL_LABELS, feelingInfo } from './describe';
import { KindCaption, NodeCard } from './node-card';
import { NodeHandles } from './node-handles';
import { useRenderProbe } from './render-probe';
import { useOptionalCompare } from '@/components/compare/context';
import { TouchpointBadge } from '@/components/compare/touchpoint-badge';

function TouchpointNodeView({ id, data, selected }: NodeProps<FlowNodeOf<'touchpoint'>>) {
  useRenderProbe(id);
  const feeling = feelingInfo(data.feeling);
  const answered = data.questions.filter((q) => q.answer.trim() !== '').length;
  // Compare mode: the day-N figures of a touchpoint tied to a day; null otherwise.
  const figures = useOptionalCompare((s) => (s.mode === 'ideal' || !s.comparison ? null : (s.comparison.touchpoints[id] ?? null)));
  return (
    <>
      <NodeCard selected={selected} className="border-slate-200 bg-white" testId="touchpoint-card">
        <NodeHandles />
        <div className="flex min-h-0 flex-1 flex-col gap-1 px-3 pt-2.5 pb-2">
          <KindCaption
            icon={<ChannelIcon channel={data.channel} />}
            // A step with no particular channel reads as what it is rather than "Other".
            label={data.channel === 'other' ? 'Touchpoint' : (CHANNEL_LABELS[data.channel] ?? 'Touchpoint')}
            right={
              <span className={cn('flex items-center gap-1 normal-case tracking-normal', feeling.tone)} title={`Feeling: ${feeling.label}`}>
                <span className={cn('size-1.5 rounded-full', feeling.bar)} aria-hidden />
                {feeling.label}
              </span>
            }
          />
          <p className="line-clamp-2 text-[13.5px] leading-snug font-medium text-slate-900">{data.title}</p>
          <div className="mt-auto flex min-w-0 items-center gap-1.5 text-[11.5px] text-slate-500">
            {data.dayAfterFirstOrder !== null && (
              <span className="rounded bg-indigo-50 px-1.5 py-px font-medium text-indigo-700">Day {data.dayAfterFirstOrder}</span>
            )}
            {data.questions.length > 0 && (
              <span className="rounded bg-slate-100 px-1.5 py-px text-slate-600">
                {answered}/{data.questions.length} answered
              </span>
            )}
            {data.owner && <span className="min-w-0 truncate">· {data.owner}</span>}
          </div>
        </div>
      </NodeCard>
      {figures && <TouchpointBadge nodeId={id} title={data.title} figures={figures} />}
    </>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);
