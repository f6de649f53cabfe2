'use client';

import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNodeOf } from '@/lib/store/flow';
import { describeCondition, describeShare, describeWindow } from './describe';
import { KindCaption, NodeCard } from './node-card';
import { NodeHandles } from './node-handles';
import { useRenderProbe } from './render-probe';
import { useOptionalCompare } from '@/components/compare/context';
import { MilestoneBadge } from '@/components/compare/milestone-badge';

function FlagIcon() {
  return (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden className="size-3.5">
      <path d="M3.5 14V2.5M3.5 3h8l-1.75 2.75L11.5 8.5h-8" />
    </svg>
  );
}

function MilestoneNodeView({ id, data, selected }: NodeProps<FlowNodeOf<'milestone'>>) {
  useRenderProbe(id);
  const window = describeWindow(data.window);
  const share = describeShare(data.targetShare);
  // Compare mode (Actual / Both): the figures of this milestone; null in Ideal mode and in read-only views.
  const figures = useOptionalCompare((s) => (s.mode === 'ideal' || !s.comparison ? null : (s.comparison.nodes[id] ?? null)));
  return (
    <>
      <NodeCard selected={selected} className="border-indigo-200 bg-indigo-50/60" testId="milestone-card">
        <NodeHandles />
        <div className="flex min-h-0 flex-1">
          <div className="w-1 shrink-0 bg-indigo-500" aria-hidden />
          <div className="flex min-w-0 flex-1 flex-col gap-1 px-3 pt-2.5 pb-2">
            <KindCaption
              className="text-indigo-700"
              icon={<FlagIcon />}
              label="Milestone"
              right={share && <span className="rounded bg-white px-1.5 py-px tracking-normal text-indigo-700 normal-case ring-1 ring-indigo-200">Target {share}</span>}
            />
            <p className="line-clamp-2 text-[13.5px] leading-snug font-medium text-slate-900">{data.title}</p>
            <p className="mt-auto truncate text-[11.5px] text-slate-600">
              {describeCondition(data.condition)}
              {window && <span className="text-slate-500"> · {window}</span>}
            </p>
          </div>
        </div>
      </NodeCard>
      {figures && <MilestoneBadge nodeId={id} figures={figures} />}
    </>
  );
}

export const MilestoneNode = memo(MilestoneNodeView);
