import type { JourneyDocument, NodeOfKind } from '../journey/schema';

export type MilestoneNode = NodeOfKind<'milestone'>;

/**
 * How milestones follow one another on the map.
 *
 * "The previous milestone" of a milestone M: walk the edges into M backwards; a milestone
 * reached that way is a previous one; any other node (touchpoint, stage, note…) is walked
 * through to its own incoming edges. Each walk remembers the nodes it has seen, so loops
 * end. When several milestones lead into M, a customer's clock for M starts at the
 * earliest of them that the customer reached.
 *
 * Loops are allowed on the map ("come back for another order"). An edge that closes a
 * loop — leading back to a milestone that comes earlier on the path — does not make the
 * later milestone a "previous" one of the earlier: otherwise each would wait for the other.
 * "Earlier" is decided by walking the map from its first milestones (those nothing leads
 * into, in the order they appear in the document), depth first.
 */
export interface MilestoneGraph {
  /** Milestones in an order where every milestone comes after its previous ones. */
  order: MilestoneNode[];
  /** Previous milestones of each milestone (loop-closing edges removed). */
  previous: Map<string, string[]>;
  /**
   * For each edge that stands between two milestones: the milestone it comes from (the
   * edge's source, or the single nearest milestone upstream of it) and the milestone it
   * leads to (the target, or the single nearest milestone downstream).
   */
  edgeEnds: Map<string, { from: string; to: string }>;
}

export function milestoneGraph(document: Pick<JourneyDocument, 'nodes' | 'edges'>): MilestoneGraph {
  const milestones = document.nodes.filter((node): node is MilestoneNode => node.kind === 'milestone');
  const isMilestone = new Set(milestones.map((m) => m.id));
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const edge of document.edges) {
    push(incoming, edge.target, edge.source);
    push(outgoing, edge.source, edge.target);
  }

  /** Nearest milestones reached from `start` along `links`, walking through other nodes. */
  const nearest = (start: string, links: Map<string, string[]>): string[] => {
    const found: string[] = [];
    const seen = new Set<string>([start]);
    const queue = [...(links.get(start) ?? [])];
    while (queue.length > 0) {
      const node = queue.shift() as string;
      if (seen.has(node)) continue;
      seen.add(node);
      if (isMilestone.has(node)) found.push(node);
      else for (const next of links.get(node) ?? []) queue.push(next);
    }
    return found;
  };

  const rawPrevious = new Map<string, string[]>();
  for (const m of milestones) rawPrevious.set(m.id, nearest(m.id, incoming).filter((id) => id !== m.id));
  const rawNext = new Map<string, string[]>();
  for (const m of milestones) rawNext.set(m.id, []);
  for (const m of milestones) for (const prev of rawPrevious.get(m.id) ?? []) rawNext.get(prev)?.push(m.id);

  // Depth-first walk from the first milestones; an edge to a milestone still on the walk's
  // stack closes a loop and is dropped. Reverse post-order is then a valid evaluation order.
  const state = new Map<string, 'open' | 'done'>();
  const loopEdges = new Set<string>();
  const postOrder: string[] = [];
  const visit = (root: string) => {
    if (state.has(root)) return;
    const stack: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const successors = rawNext.get(frame.id) ?? [];
      if (frame.next < successors.length) {
        const successor = successors[frame.next++];
        const seen = state.get(successor);
        if (seen === 'open') loopEdges.add(`${frame.id}\u0000${successor}`);
        else if (seen === undefined) {
          state.set(successor, 'open');
          stack.push({ id: successor, next: 0 });
        }
      } else {
        state.set(frame.id, 'done');
        postOrder.push(frame.id);
        stack.pop();
      }
    }
  };
  for (const m of milestones) if ((rawPrevious.get(m.id) ?? []).length === 0) visit(m.id);
  for (const m of milestones) visit(m.id);

  const byId = new Map(milestones.map((m) => [m.id, m]));
  const order = postOrder.reverse().map((id) => byId.get(id) as MilestoneNode);
  const previous = new Map<string, string[]>();
  for (const m of milestones) {
    previous.set(m.id, (rawPrevious.get(m.id) ?? []).filter((prev) => !loopEdges.has(`${prev}\u0000${m.id}`)));
  }

  const edgeEnds = new Map<string, { from: string; to: string }>();
  for (const edge of document.edges) {
    const froms = isMilestone.has(edge.source) ? [edge.source] : nearest(edge.source, incoming);
    const tos = isMilestone.has(edge.target) ? [edge.target] : nearest(edge.target, outgoing);
    if (froms.length === 1 && tos.length === 1 && froms[0] !== tos[0]) edgeEnds.set(edge.id, { from: froms[0], to: tos[0] });
  }
  return { order, previous, edgeEnds };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
