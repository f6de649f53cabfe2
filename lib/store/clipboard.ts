import type { JourneyEdge, JourneyNode, Position } from '../journey/schema';
import { idFor } from './ids';

/**
 * Copy / paste / duplicate as pure functions over journey nodes, so the rules (what is
 * copied along, how ids and parents are remapped) are unit-tested without a canvas.
 */

export interface ClipboardContent {
  /** Nodes whose parent is not copied along carry absolute positions and no parent. */
  nodes: JourneyNode[];
  /** Only edges whose both ends are copied. */
  edges: JourneyEdge[];
}

/** The nodes to copy for a selection: the selected ones plus everything inside selected stages. */
export function withContainedNodes(selected: Iterable<string>, nodes: readonly JourneyNode[]): Set<string> {
  const ids = new Set(selected);
  for (const node of nodes) if (node.parentId !== undefined && ids.has(node.parentId)) ids.add(node.id);
  return ids;
}

export function copyNodes(
  selected: Iterable<string>,
  nodes: readonly JourneyNode[],
  edges: readonly JourneyEdge[],
  absolutePosition: (node: JourneyNode) => Position,
): ClipboardContent | null {
  const ids = withContainedNodes(selected, nodes);
  if (ids.size === 0) return null;
  const copied: JourneyNode[] = [];
  for (const node of nodes) {
    if (!ids.has(node.id)) continue;
    const clone = structuredClone(node);
    if (clone.parentId !== undefined && !ids.has(clone.parentId)) {
      clone.position = absolutePosition(node);
      delete clone.parentId;
    }
    copied.push(clone);
  }
  return { nodes: copied, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => structuredClone(e)) };
}

/** Fresh copies of the clipboard with new ids, top-level nodes shifted by `offset`. */
export function pasteNodes(content: ClipboardContent, offset: Position): ClipboardContent {
  const idMap = new Map<string, string>();
  for (const node of content.nodes) idMap.set(node.id, idFor(node.kind));
  const nodes = content.nodes.map((node) => {
    const clone = structuredClone(node);
    clone.id = idMap.get(node.id)!;
    if (clone.parentId !== undefined) clone.parentId = idMap.get(clone.parentId);
    else clone.position = { x: node.position.x + offset.x, y: node.position.y + offset.y };
    if (clone.parentId === undefined) delete clone.parentId;
    return clone;
  });
  const edges = content.edges.map((edge) => ({
    ...structuredClone(edge),
    id: idFor('edge'),
    source: idMap.get(edge.source)!,
    target: idMap.get(edge.target)!,
  }));
  return { nodes, edges };
}
