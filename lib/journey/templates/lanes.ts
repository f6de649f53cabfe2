import { createNode, NODE_SIZE } from '../defaults';
import type { Color, JourneyEdge, JourneyNode, EdgeData, NodeOfKind } from '../schema';

/**
 * Lane layout for templates: stages side by side, left to right, each holding a single
 * column of equally spaced boxes. Children are positioned relative to their stage (that is
 * how React Flow places nodes with a parent), and every lane in a row gets the same height
 * so the lanes read as one board.
 */
export const LANE = {
  /** Room at the top of a lane for its title and one line of description. */
  header: 88,
  paddingX: 32,
  paddingBottom: 32,
  /** Vertical space between boxes in a lane: room for an arrow, its label and Compare mode's badge. */
  gap: 56,
  /** Horizontal space between lanes, where the connecting edges and their labels run. */
  laneGap: 112,
  width: NODE_SIZE.width + 2 * 32,
} as const;

type ChildNode = Exclude<JourneyNode, NodeOfKind<'stage'>>;

export interface LaneSpec {
  id: string;
  title: string;
  description: string;
  color: Color;
  /** The boxes in the lane, top to bottom; their positions are set by the layout. */
  items: ChildNode[];
}

/** The height a lane needs for `count` boxes. */
export function laneHeight(count: number): number {
  const boxes = count * NODE_SIZE.height + Math.max(0, count - 1) * LANE.gap;
  return LANE.header + boxes + LANE.paddingBottom;
}

/**
 * Places the lanes in a row starting at `origin` and returns the nodes, each stage
 * directly followed by its children (React Flow wants parents before their children).
 */
export function layoutLanes(lanes: readonly LaneSpec[], origin = { x: 0, y: 0 }): JourneyNode[] {
  const height = laneHeight(Math.max(1, ...lanes.map((lane) => lane.items.length)));
  const nodes: JourneyNode[] = [];
  lanes.forEach((lane, column) => {
    const x = origin.x + column * (LANE.width + LANE.laneGap);
    nodes.push(
      createNode(
        'stage',
        lane.id,
        { x, y: origin.y },
        { title: lane.title, description: lane.description, color: lane.color, width: LANE.width, height },
      ),
    );
    lane.items.forEach((item, row) => {
      nodes.push({
        ...item,
        parentId: lane.id,
        position: { x: LANE.paddingX, y: LANE.header + row * (NODE_SIZE.height + LANE.gap) },
      });
    });
  });
  return nodes;
}

/** An edge with a readable id made of its two ends. */
export function edge(source: string, target: string, data: EdgeData = {}): JourneyEdge {
  return { id: `e-${source}--${target}`, source, target, data };
}

/** Connects the nodes one after the other: a → b → c. */
export function chain(...ids: string[]): JourneyEdge[] {
  return ids.slice(1).map((target, i) => edge(ids[i], target));
}

/** Where a free-standing box sits before it is laid out. */
export const UNPLACED = { x: 0, y: 0 } as const;
