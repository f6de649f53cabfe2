import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { NODE_SIZE } from './defaults';
import type { JourneyDocument, JourneyNode, Position } from './schema';

/**
 * Auto-layout of a whole map with ELK (layered), as one compound graph:
 *
 *   root (left → right, one column per child):
 *     [free block]  the nodes outside any stage (persona, notes…), top to bottom
 *     [stage 1] [stage 2] …  each stage a lane, its nodes laid out top to bottom
 *
 * Stages keep the left-to-right order they have on the canvas, so a loop
 * (After → Before) does not reshuffle the board; edges inside a lane (or inside the
 * free block) shape that lane's layout. Every lane gets the same height so the lanes
 * read as one board. Positions of nodes in a stage are relative to it, like the
 * document stores them.
 */

export interface LayoutOptions {
  /** Measured box sizes; missing ones use NODE_SIZE. */
  sizes?: ReadonlyMap<string, { width: number; height: number }>;
}

export interface LayoutResult {
  /** New position of every node (relative to its stage, if it has one). */
  positions: Record<string, Position>;
  /** New size of every stage. */
  sizes: Record<string, { width: number; height: number }>;
}

export const LAYOUT_SPACING = {
  /** Room at the top of a lane for its title and description. */
  laneHeader: 88,
  lanePadding: 32,
  laneGap: 72,
  /** Space between boxes in a lane, in layer direction and across it. */
  nodeGap: 32,
  minLaneWidth: NODE_SIZE.width + 64,
  minLaneHeight: 240,
} as const;

const FREE_BLOCK = '__free__';
let elk: InstanceType<typeof ELK> | null = null;

function boxSize(node: JourneyNode, sizes?: LayoutOptions['sizes']) {
  return sizes?.get(node.id) ?? NODE_SIZE;
}

function blockOptions(padding: { top: number; side: number; bottom: number }): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.padding': `[top=${padding.top},left=${padding.side},bottom=${padding.bottom},right=${padding.side}]`,
    'elk.spacing.nodeNode': String(LAYOUT_SPACING.nodeGap),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYOUT_SPACING.nodeGap),
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.separateConnectedComponents': 'false',
  };
}

function byCanvasOrder(a: JourneyNode, b: JourneyNode): number {
  return a.position.x - b.position.x || a.position.y - b.position.y || a.id.localeCompare(b.id);
}

function byLaneOrder(a: JourneyNode, b: JourneyNode): number {
  return a.position.y - b.position.y || a.position.x - b.position.x || a.id.localeCompare(b.id);
}

export async function layoutDocument(doc: JourneyDocument, options: LayoutOptions = {}): Promise<LayoutResult> {
  const stages = doc.nodes.filter((n) => n.kind === 'stage').sort(byCanvasOrder);
  const stageIds = new Set(stages.map((s) => s.id));
  const groupOf = new Map<string, string>();
  for (const node of doc.nodes) {
    if (node.kind === 'stage') continue;
    groupOf.set(node.id, node.parentId !== undefined && stageIds.has(node.parentId) ? node.parentId : FREE_BLOCK);
  }

  const membersOf = new Map<string, JourneyNode[]>([[FREE_BLOCK, []], ...stages.map((s) => [s.id, [] as JourneyNode[]] as const)]);
  for (const node of doc.nodes) if (node.kind !== 'stage') membersOf.get(groupOf.get(node.id)!)!.push(node);
  for (const members of membersOf.values()) members.sort(byLaneOrder);

  const edgesOf = new Map<string, ElkExtendedEdge[]>();
  for (const edge of doc.edges) {
    const group = groupOf.get(edge.source);
    if (group === undefined || group !== groupOf.get(edge.target) || edge.source === edge.target) continue;
    const list = edgesOf.get(group) ?? [];
    list.push({ id: edge.id, sources: [edge.source], targets: [edge.target] });
    edgesOf.set(group, list);
  }

  const block = (id: string, padding: { top: number; side: number; bottom: number }, minWidth: number, minHeight: number): ElkNode => ({
    id,
    layoutOptions: {
      ...blockOptions(padding),
      'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
      'elk.nodeSize.minimum': `(${minWidth},${minHeight})`,
      // Children are centred in a lane wider than they need.
      'elk.contentAlignment': '[H_CENTER, V_TOP]',
    },
    children: membersOf.get(id)!.map((n) => ({ id: n.id, ...boxSize(n, options.sizes) })),
    edges: edgesOf.get(id) ?? [],
  });

  const children: ElkNode[] = [];
  const hasFree = membersOf.get(FREE_BLOCK)!.length > 0;
  if (hasFree) children.push(block(FREE_BLOCK, { top: stages.length > 0 ? LAYOUT_SPACING.laneHeader : 0, side: 0, bottom: 0 }, 0, 0));
  for (const stage of stages) {
    children.push(
      block(
        stage.id,
        { top: LAYOUT_SPACING.laneHeader, side: LAYOUT_SPACING.lanePadding, bottom: LAYOUT_SPACING.lanePadding },
        LAYOUT_SPACING.minLaneWidth,
        LAYOUT_SPACING.minLaneHeight,
      ),
    );
  }
  // Invisible edges chain the columns so each gets its own layer, in canvas order.
  const order: ElkExtendedEdge[] = children.slice(1).map((child, i) => ({
    id: `__order_${i}`,
    sources: [children[i].id],
    targets: [child.id],
  }));

  const graph: ElkNode = {
    id: '__root__',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYOUT_SPACING.laneGap),
      'elk.spacing.nodeNode': String(LAYOUT_SPACING.laneGap),
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    },
    children,
    edges: order,
  };

  elk ??= new ELK();
  const laidOut = await elk.layout(graph);

  const positions: Record<string, Position> = {};
  const sizes: Record<string, { width: number; height: number }> = {};
  const columns = laidOut.children ?? [];
  const laneHeight = Math.max(0, ...columns.filter((c) => c.id !== FREE_BLOCK).map((c) => c.height ?? 0));
  // Start where the current map starts, so the layout does not jump across the canvas.
  const origin = topLeft(doc.nodes);
  for (const column of columns) {
    const x = origin.x + Math.round(column.x ?? 0);
    const y = origin.y;
    if (column.id === FREE_BLOCK) {
      for (const child of column.children ?? []) positions[child.id] = { x: x + Math.round(child.x ?? 0), y: y + Math.round(child.y ?? 0) };
      continue;
    }
    positions[column.id] = { x, y };
    sizes[column.id] = { width: Math.round(column.width ?? LAYOUT_SPACING.minLaneWidth), height: Math.round(laneHeight) };
    for (const child of column.children ?? []) positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  }
  return { positions, sizes };
}

function topLeft(nodes: readonly JourneyNode[]): Position {
  const top = nodes.filter((n) => n.parentId === undefined);
  if (top.length === 0) return { x: 0, y: 0 };
  return { x: Math.round(Math.min(...top.map((n) => n.position.x))), y: Math.round(Math.min(...top.map((n) => n.position.y))) };
}
