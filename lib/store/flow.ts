import { Position as HandleSide, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { NODE_SIZE, STAGE_HEADER, nodeLabel } from '../journey/defaults';
import type { EdgeData, JourneyDocument, JourneyEdge, JourneyNode, NodeDataOfKind, NodeKind, Position } from '../journey/schema';

/**
 * The mapping from journey nodes and edges to React Flow's, shared by the live editor
 * (through the store, with caching) and read-only views (versions, print).
 *
 * Positions of nodes inside a stage are relative to the stage, as React Flow expects
 * for sub-flows; nodes without a parent are placed in canvas coordinates.
 */

export type FlowNodeOf<K extends NodeKind> = Node<NodeDataOfKind<K>, K>;
export type JourneyFlowNode = { [K in NodeKind]: FlowNodeOf<K> }[NodeKind];
export type JourneyFlowEdge = Edge<EdgeData, 'journey'>;

export const KIND_LABELS: Record<NodeKind, string> = {
  stage: 'Stage',
  touchpoint: 'Touchpoint',
  milestone: 'Milestone',
  persona: 'Persona',
  note: 'Note',
};

/** Per-node UI state the editor layers over the document. */
export interface NodeUiState {
  selected: boolean;
  /** Position while a drag or resize is in progress (not yet written to the document). */
  position?: Position;
  /** Stage size while a resize is in progress. */
  size?: { width: number; height: number };
  measured?: { width: number; height: number };
  dragging?: boolean;
}

const NO_UI: NodeUiState = { selected: false };

export function toFlowNode(node: JourneyNode, parentId: string | undefined, ui: NodeUiState = NO_UI): JourneyFlowNode {
  const flow: Node = {
    id: node.id,
    type: node.kind,
    position: ui.position ?? node.position,
    data: node.data,
    selected: ui.selected,
    ariaLabel: `${KIND_LABELS[node.kind]}: ${nodeLabel(node)}`,
  };
  if (parentId !== undefined) flow.parentId = parentId;
  if (ui.dragging) flow.dragging = true;
  if (node.kind === 'stage') {
    flow.width = ui.size?.width ?? node.data.width;
    flow.height = ui.size?.height ?? node.data.height;
    // Lanes sit underneath everything else, including edges between their children.
    flow.zIndex = -1;
  }
  if (ui.measured) {
    flow.measured = ui.measured;
  } else {
    // Until the canvas has measured a node, React Flow draws every node hidden just to
    // measure it, and shows nothing until all are measured; on a 500-node map that pass
    // costs seconds. The sizes are known (cards have one fixed size, stages carry theirs),
    // so hand them over with the connection points; the real measurement still follows.
    const size = node.kind === 'stage' ? { width: flow.width!, height: flow.height! } : NODE_SIZE;
    flow.measured = { width: size.width, height: size.height };
    flow.handles = connectionPoints(size.width, sideConnectionY(node.kind, size.height));
  }
  return flow as JourneyFlowNode;
}

/** How far down a node of `kind` and `height` its left and right connection points sit: beside a stage's header, else at mid-height. */
export function sideConnectionY(kind: NodeKind | string | undefined, height: number): number {
  return kind === 'stage' ? STAGE_HEADER / 2 : height / 2;
}

/** Size of the connection points (components/editor/editor.css, .journey-handle). */
const HANDLE_SIZE = 10;

/** Where components/nodes/node-handles.tsx draws a node's two connection points, centred on its sides. */
export function connectionPoints(width: number, centreY: number): NodeHandle[] {
  const y = centreY - HANDLE_SIZE / 2;
  return [
    { type: 'target', position: HandleSide.Left, x: -HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
    { type: 'source', position: HandleSide.Right, x: width - HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
  ];
}

/**
 * One shared marker object: React Flow builds one <marker> per distinct marker. Sized in
 * user units, not stroke widths, so the arrowhead stays the same size when Compare mode
 * draws an arrow thicker by its flow (27 units = 18 × the default 1.5 stroke).
 */
const ARROW = { type: 'arrowclosed', width: 27, height: 27, color: '#94a3b8', markerUnits: 'userSpaceOnUse' } as const;

export function toFlowEdge(edge: JourneyEdge, selected = false): JourneyFlowEdge {
  return { id: edge.id, source: edge.source, target: edge.target, type: 'journey', data: edge.data, selected, markerEnd: ARROW };
}

/** The parent a node is drawn in: only an existing stage can hold nodes. */
export function effectiveParent(node: JourneyNode, stageIds: ReadonlySet<string>): string | undefined {
  return node.parentId !== undefined && node.kind !== 'stage' && stageIds.has(node.parentId) ? node.parentId : undefined;
}

/** A whole document as React Flow nodes and edges, for read-only views. */
export function documentToFlow(doc: JourneyDocument): { nodes: JourneyFlowNode[]; edges: JourneyFlowEdge[] } {
  const stageIds = new Set(doc.nodes.filter((n) => n.kind === 'stage').map((n) => n.id));
  const ordered = [...doc.nodes.filter((n) => n.kind === 'stage'), ...doc.nodes.filter((n) => n.kind !== 'stage')];
  const ids = new Set(doc.nodes.map((n) => n.id));
  return {
    nodes: ordered.map((n) => toFlowNode(n, effectiveParent(n, stageIds))),
    edges: doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => toFlowEdge(e)),
  };
}

/** The size a node takes on the canvas: a stage's own size, else what was measured, else the default. */
export function nodeSize(node: JourneyNode, measured?: { width: number; height: number }): { width: number; height: number } {
  if (node.kind === 'stage') return { width: node.data.width, height: node.data.height };
  return measured ?? NODE_SIZE;
}
