import { NODE_SIZE } from '../journey/defaults';
import type { JourneyDocument, JourneyNode } from '../journey/schema';

/** Rectangles in map coordinates (the editor's canvas pixels). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room around the outermost nodes, so edge labels and shadows are never cut off. */
export const BOUNDS_PADDING = 32;

/** What an empty map is printed as: a small blank area, never a zero-size page. */
const EMPTY_BOUNDS: Rect = { x: 0, y: 0, width: NODE_SIZE.width, height: NODE_SIZE.height };

export function nodeSize(node: JourneyNode): { width: number; height: number } {
  return node.kind === 'stage' ? { width: node.data.width, height: node.data.height } : NODE_SIZE;
}

/**
 * Every node's rectangle in absolute map coordinates. A child's position is relative
 * to its stage (as in React Flow's sub-flows); a parentId that does not name a stage is
 * ignored, exactly as the editor draws it.
 */
export function absoluteRects(doc: Pick<JourneyDocument, 'nodes'>): Map<string, Rect> {
  const stages = new Map(doc.nodes.filter((n) => n.kind === 'stage').map((n) => [n.id, n]));
  const rects = new Map<string, Rect>();
  for (const node of doc.nodes) {
    const parent = node.kind !== 'stage' && node.parentId !== undefined ? stages.get(node.parentId) : undefined;
    const x = node.position.x + (parent?.position.x ?? 0);
    const y = node.position.y + (parent?.position.y ?? 0);
    rects.set(node.id, { x, y, ...nodeSize(node) });
  }
  return rects;
}

/** The smallest rectangle holding every node, plus `padding` on each side. */
export function mapBounds(doc: Pick<JourneyDocument, 'nodes'>, padding = BOUNDS_PADDING): Rect {
  const rects = [...absoluteRects(doc).values()];
  if (rects.length === 0) return { ...EMPTY_BOUNDS };
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxX = Math.max(...rects.map((r) => r.x + r.width));
  const maxY = Math.max(...rects.map((r) => r.y + r.height));
  return { x: minX - padding, y: minY - padding, width: maxX - minX + 2 * padding, height: maxY - minY + 2 * padding };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
