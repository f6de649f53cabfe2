import type { EditorState } from './editor-store';

/**
 * Module-level selectors: stable function identities, each returning either a primitive
 * or an object that is kept identical while unchanged, so components re-render only when
 * what they show changed.
 */

export const selectFlowNodes = (s: EditorState) => s.flowNodes;
export const selectFlowEdges = (s: EditorState) => s.flowEdges;
export const selectActions = (s: EditorState) => s.actions;
export const selectMeta = (s: EditorState) => s.meta;
export const selectMapName = (s: EditorState) => s.meta.name;
export const selectNodeCount = (s: EditorState) => s.nodes.length;
export const selectSnapToGrid = (s: EditorState) => s.snapToGrid;
export const selectUndoRedo = (s: EditorState) => ({ canUndo: s.canUndo, canRedo: s.canRedo });
export const selectSelectionCounts = (s: EditorState) => ({ nodes: s.selectedNodeIds.length, edges: s.selectedEdgeIds.length });

/** The one selected node, when exactly one node (and no edge) is selected. */
export const selectSingleSelectedNode = (s: EditorState) =>
  s.selectedNodeIds.length === 1 && s.selectedEdgeIds.length === 0 ? s.nodeById.get(s.selectedNodeIds[0]) : undefined;

/** The one selected edge, when exactly one edge (and no node) is selected. */
export const selectSingleSelectedEdge = (s: EditorState) =>
  s.selectedEdgeIds.length === 1 && s.selectedNodeIds.length === 0 ? s.edgeById.get(s.selectedEdgeIds[0]) : undefined;
