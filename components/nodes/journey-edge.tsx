'use client';

import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, Position, useInternalNode, type EdgeProps, type EdgeTypes, type InternalNode } from '@xyflow/react';
import { NODE_SIZE } from '@/lib/journey/defaults';
import { edgeEnds, type NodeBox } from '@/lib/store/edge-ends';
import { sideConnectionY, type JourneyFlowEdge } from '@/lib/store/flow';
import { flowStrokeWidth } from '@/lib/format/compare';
import { maxEdgeFlow, type CompareState } from '@/lib/store/compare-store';
import { cn } from '@/components/ui/cn';
import { useOptionalCompare } from '@/components/compare/context';
import { EdgeFlowLabel } from '@/components/compare/edge-flow-label';

const selectMaxFlow = (s: CompareState) => (s.mode === 'ideal' ? 0 : maxEdgeFlow(s.comparison));

function boxOf(node: InternalNode): NodeBox {
  const width = node.measured.width ?? node.width ?? NODE_SIZE.width;
  const height = node.measured.height ?? node.height ?? NODE_SIZE.height;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width, height, sideY: sideConnectionY(node.type, height) };
}

function JourneyEdgeView(props: EdgeProps<JourneyFlowEdge>) {
  const { id, source, target, data, selected, markerEnd } = props;
  // The arrow leaves and enters by the sides that face each other (edge-ends.ts), not
  // always by the right and left connection points React Flow hands over.
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const ends = sourceNode && targetNode ? edgeEnds(boxOf(sourceNode), boxOf(targetNode)) : props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX: ends.sourceX,
    sourceY: ends.sourceY,
    sourcePosition: ends.sourcePosition,
    targetX: ends.targetX,
    targetY: ends.targetY,
    targetPosition: ends.targetPosition,
  });
  // Compare mode (Actual / Both): the flow along this arrow when it joins two milestones.
  const figures = useOptionalCompare((s) => (s.mode === 'ideal' || !s.comparison ? null : (s.comparison.edges[id] ?? null)));
  const actualOnly = useOptionalCompare((s) => s.mode === 'actual');
  const maxFlow = useOptionalCompare(selectMaxFlow);
  const vertical = ends.sourcePosition === Position.Bottom || ends.sourcePosition === Position.Top;
  const label = data?.label?.trim();
  const days = data?.expectedDays;
  const showIdeal = Boolean(label || days !== undefined) && !(actualOnly && figures);
  // A path between two milestones may run through touchpoints: every segment carries the
  // flow (its width), but the figures are written once, on the segment into the milestone.
  const flowLabel = figures !== null && target === figures.to ? figures : null;
  const style = figures ? { strokeWidth: flowStrokeWidth(figures.converted, maxFlow), stroke: '#818cf8' } : undefined;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} className={cn('journey-edge', selected && 'is-selected')} interactionWidth={16} />
      {(showIdeal || flowLabel) && (
        <EdgeLabelRenderer>
          {showIdeal && (
            <div
              className={cn(
                'nodrag nopan pointer-events-auto absolute flex max-w-48 items-center gap-1 rounded-md bg-white px-1.5 py-0.5 text-[11.5px] text-slate-600 shadow-sm ring-1',
                selected ? 'ring-indigo-400' : 'ring-slate-200',
              )}
              style={{ transform: `translate(${vertical && figures ? 'calc(-100% - 6px)' : '-50%'}, -50%) translate(${labelX}px, ${labelY}px)` }}
            >
              {label && <span className="truncate">{label}</span>}
              {days !== undefined && <span className="shrink-0 font-medium text-indigo-700">+{days} d</span>}
            </div>
          )}
          {flowLabel &&
            (vertical ? (
              // Between two stacked boxes there is no room below: the figures go beside the arrow, the ideal on its other side.
              <EdgeFlowLabel edgeId={id} figures={flowLabel} x={showIdeal ? labelX + 6 : labelX} y={labelY} anchor={showIdeal ? 'start' : 'center'} />
            ) : (
              <EdgeFlowLabel edgeId={id} figures={flowLabel} x={labelX} y={showIdeal ? labelY + 24 : labelY} />
            ))}
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const JourneyEdge = memo(JourneyEdgeView);

export const edgeTypes = { journey: JourneyEdge } satisfies EdgeTypes;
