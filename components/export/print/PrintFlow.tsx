'use client';

// React Flow's own layout rules (absolute node positions) and the editor's node details:
// without them the print view lays nodes out as plain blocks.
import '@xyflow/react/dist/style.css';
import '@/components/editor/editor.css';
import { useMemo } from 'react';
import { ReactFlow, type Viewport } from '@xyflow/react';
import type { JourneyDocument } from '@/lib/journey/schema';
import type { Rect } from '@/lib/export/bounds';
import { documentToFlow } from '@/lib/store/flow';
import { edgeTypes, nodeTypes } from '@/components/nodes';

/**
 * A read-only React Flow showing `rect` of a map at `scale`, drawn with the editor's own
 * node and edge components, so the printed map looks exactly like the app.
 */
export function PrintFlow({
  flowId,
  document,
  rect,
  scale,
  width,
  height,
  offset = { x: 0, y: 0 },
}: {
  flowId: string;
  document: Pick<JourneyDocument, 'nodes' | 'edges' | 'schemaVersion' | 'meta'>;
  /** The part of the map to show, in map coordinates. */
  rect: Rect;
  scale: number;
  /** The size of the frame on the page, in CSS px. */
  width: number;
  height: number;
  /** Where the map's rect starts inside the frame (to centre a fitted map). */
  offset?: { x: number; y: number };
}) {
  const { nodes, edges } = useMemo(() => documentToFlow(document), [document]);
  const viewport: Viewport = { x: offset.x - rect.x * scale, y: offset.y - rect.y * scale, zoom: scale };
  return (
    <div className="print-flow" style={{ width, height }} data-flow-id={flowId} data-expected-nodes={nodes.length} data-expected-edges={edges.length}>
      <ReactFlow
        id={flowId}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultViewport={viewport}
        minZoom={0.001}
        maxZoom={4}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        panOnDrag={false}
        panOnScroll={false}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        proOptions={{ hideAttribution: true }}
        aria-label="Journey map"
      />
    </div>
  );
}
