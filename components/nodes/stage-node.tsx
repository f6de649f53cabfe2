'use client';

import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import type { FlowNodeOf } from '@/lib/store/flow';
import { NODE_SIZE, STAGE_HEADER } from '@/lib/journey/defaults';
import { cn } from '@/components/ui/cn';
import { LANE_COLORS } from './colors';
import { NodeHandles } from './node-handles';
import { useRenderProbe } from './render-probe';

function StageNodeView({ id, data, selected, draggable }: NodeProps<FlowNodeOf<'stage'>>) {
  useRenderProbe(id);
  const color = LANE_COLORS[data.color] ?? LANE_COLORS.slate;
  return (
    <div
      data-testid="stage-lane"
      className={cn('flex h-full w-full flex-col rounded-xl border', color.border, color.body, selected && 'ring-2 ring-indigo-500 ring-offset-1')}
    >
      <NodeResizer
        isVisible={selected && draggable}
        minWidth={NODE_SIZE.width + 32}
        minHeight={STAGE_HEADER + 80}
        color="#4f46e5"
        handleClassName="stage-resize-handle"
        lineClassName="stage-resize-line"
      />
      <NodeHandles top={STAGE_HEADER / 2} />
      <div className={cn('shrink-0 rounded-t-xl px-4 pt-3 pb-2', color.header)} style={{ height: STAGE_HEADER - 16 }}>
        <div className="flex items-center gap-2">
          <span className={cn('size-2 shrink-0 rounded-full', color.dot)} aria-hidden />
          <p className={cn('truncate text-[15px] font-semibold', color.text)}>{data.title}</p>
        </div>
        {data.description && <p className="mt-1 line-clamp-2 text-[12px] leading-snug text-slate-600">{data.description}</p>}
      </div>
    </div>
  );
}

export const StageNode = memo(StageNodeView);
