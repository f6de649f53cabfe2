'use client';

import '@xyflow/react/dist/style.css';
import './editor.css';
import { useMemo } from 'react';
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import type { JourneyDocument } from '@/lib/journey/schema';
import { documentToFlow } from '@/lib/store/flow';
import { edgeTypes, nodeTypes } from '@/components/nodes';

/**
 * A journey map that can be looked at but not changed: the node components render from
 * their data alone, without the editor store.
 */
export function ReadOnlyMap({ document }: { document: JourneyDocument }) {
  const { nodes, edges } = useMemo(() => documentToFlow(document), [document]);
  return (
    <ReactFlowProvider>
      <ReactFlow
        className="is-readonly"
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        fitView
        fitViewOptions={{ padding: 0.12, maxZoom: 1 }}
        minZoom={0.1}
        proOptions={{ hideAttribution: true }}
        aria-label="Journey map (read-only)"
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} color="#cbd5e1" />
        <MiniMap pannable zoomable nodeStrokeWidth={0} maskColor="rgba(241,245,249,0.7)" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </ReactFlowProvider>
  );
}
