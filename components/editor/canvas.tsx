'use client';

import { useCallback, type DragEvent } from 'react';
import { Background, BackgroundVariant, MiniMap, ReactFlow, useReactFlow, type Node } from '@xyflow/react';
import { NODE_KINDS, type NodeKind } from '@/lib/journey/schema';
import { GRID_SIZE } from '@/lib/store/editor-store';
import { useEditor, useEditorActions } from '@/lib/store/context';
import { selectFlowEdges, selectFlowNodes, selectNodeCount, selectSnapToGrid } from '@/lib/store/selectors';
import { edgeTypes, nodeTypes } from '@/components/nodes';
import { CompareLegend } from '@/components/compare/compare-legend';
import { CanvasControls } from './canvas-controls';
import { EmptyCanvas } from './empty-canvas';
import { DRAG_KIND_TYPE, Palette, sizeOfNewNode } from './palette';

const SNAP_GRID: [number, number] = [GRID_SIZE, GRID_SIZE];
const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1, minZoom: 0.3 };
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift'];
/** Large maps draw only what is on screen, which keeps the first paint fast. */
const VIRTUALISE_FROM = 150;

const MINIMAP_COLORS: Record<NodeKind, string> = {
  stage: '#e2e8f0',
  touchpoint: '#94a3b8',
  milestone: '#818cf8',
  persona: '#a78bfa',
  note: '#fcd34d',
};

function minimapColor(node: Node): string {
  return MINIMAP_COLORS[node.type as NodeKind] ?? '#cbd5e1';
}

export function Canvas() {
  const flowNodes = useEditor(selectFlowNodes);
  const flowEdges = useEditor(selectFlowEdges);
  const nodeCount = useEditor(selectNodeCount);
  const snapToGrid = useEditor(selectSnapToGrid);
  const actions = useEditorActions();
  const { screenToFlowPosition } = useReactFlow();

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(DRAG_KIND_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(DRAG_KIND_TYPE) as NodeKind;
      if (!NODE_KINDS.includes(kind)) return;
      event.preventDefault();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const size = sizeOfNewNode(kind);
      actions.addNode(kind, { x: Math.round(at.x - size.width / 2), y: Math.round(at.y - size.height / 2) });
    },
    [actions, screenToFlowPosition],
  );

  return (
    <div className="relative h-full w-full" data-testid="journey-canvas">
      <ReactFlow
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={actions.onNodesChange}
        onEdgesChange={actions.onEdgesChange}
        onConnect={actions.connect}
        onDragOver={onDragOver}
        onDrop={onDrop}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.1}
        maxZoom={2}
        onlyRenderVisibleElements={nodeCount >= VIRTUALISE_FROM}
        proOptions={{ hideAttribution: true }}
        aria-label="Journey map canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID_SIZE} size={1.2} color="#cbd5e1" />
        <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} maskColor="rgba(241,245,249,0.7)" className="!rounded-lg !shadow-md !ring-1 !ring-slate-900/10" ariaLabel="Overview of the map" />
        <CanvasControls />
        <CompareLegend />
      </ReactFlow>
      <div className="pointer-events-none absolute top-3 left-3 z-10">
        <Palette />
      </div>
      {nodeCount === 0 && <EmptyCanvas />}
    </div>
  );
}
