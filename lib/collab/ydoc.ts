import * as Y from 'yjs';
import type { JourneyDocument, JourneyEdge, JourneyNode, Position } from '../journey/schema';
import { CURRENT_SCHEMA_VERSION } from '../journey/version';

/**
 * The Yjs binding of the journey document.
 *
 *   meta:  Y.Map { name, description }
 *   nodes: Y.Map<id, Y.Map { kind, position, parentId?, data: Y.Map<field, JSON> }>
 *   edges: Y.Map<id, Y.Map { source, target, data: Y.Map<field, JSON> }>
 *
 * Every data field is its own key, so two people editing different fields of one node
 * (or different nodes) never overwrite each other.
 */

export type YNode = Y.Map<unknown>;
export type YEdge = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}
export function nodesMap(doc: Y.Doc): Y.Map<YNode> {
  return doc.getMap('nodes');
}
export function edgesMap(doc: Y.Doc): Y.Map<YEdge> {
  return doc.getMap('edges');
}

function dataMap(entry: Y.Map<unknown>): Y.Map<unknown> {
  return entry.get('data') as Y.Map<unknown>;
}

function toYData(data: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(data)) if (value !== undefined) map.set(key, value);
  return map;
}

export function nodeToY(node: JourneyNode): YNode {
  const entry = new Y.Map<unknown>();
  entry.set('kind', node.kind);
  entry.set('position', { x: node.position.x, y: node.position.y });
  if (node.parentId !== undefined) entry.set('parentId', node.parentId);
  entry.set('data', toYData(node.data as Record<string, unknown>));
  return entry;
}

export function edgeToY(edge: JourneyEdge): YEdge {
  const entry = new Y.Map<unknown>();
  entry.set('source', edge.source);
  entry.set('target', edge.target);
  entry.set('data', toYData(edge.data as Record<string, unknown>));
  return entry;
}

export function yToNode(id: string, entry: YNode): JourneyNode {
  const node = {
    id,
    kind: entry.get('kind'),
    position: entry.get('position') as Position,
    data: dataMap(entry).toJSON(),
  } as JourneyNode;
  const parentId = entry.get('parentId');
  if (typeof parentId === 'string') node.parentId = parentId;
  return node;
}

export function yToEdge(id: string, entry: YEdge): JourneyEdge {
  return {
    id,
    source: entry.get('source') as string,
    target: entry.get('target') as string,
    data: dataMap(entry).toJSON(),
  };
}

/**
 * Orders nodes so that every stage comes before the nodes it contains (React Flow and
 * the PDF both draw parents first), keeping insertion order otherwise.
 */
export function parentsFirst(nodes: JourneyNode[]): JourneyNode[] {
  return [...nodes.filter((n) => n.kind === 'stage'), ...nodes.filter((n) => n.kind !== 'stage')];
}

/**
 * Reads the whole document. Entries that point at something that no longer exists
 * (an edge whose node a teammate deleted at the same moment) are left out, so the
 * result is always a consistent graph.
 */
export function readDocument(doc: Y.Doc): JourneyDocument {
  const meta = metaMap(doc);
  const nodes: JourneyNode[] = [];
  nodesMap(doc).forEach((entry, id) => nodes.push(yToNode(id, entry)));
  const ids = new Set(nodes.map((n) => n.id));
  const stageIds = new Set(nodes.filter((n) => n.kind === 'stage').map((n) => n.id));
  for (const node of nodes) {
    if (node.parentId !== undefined && !stageIds.has(node.parentId)) delete node.parentId;
  }
  const edges: JourneyEdge[] = [];
  edgesMap(doc).forEach((entry, id) => {
    const edge = yToEdge(id, entry);
    if (ids.has(edge.source) && ids.has(edge.target)) edges.push(edge);
  });
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: {
      name: (meta.get('name') as string | undefined) ?? 'Untitled map',
      description: (meta.get('description') as string | undefined) ?? '',
    },
    nodes: parentsFirst(nodes),
    edges,
  };
}

/**
 * Makes the Yjs document equal to `next`, touching only what differs, inside one
 * transaction. Used for restores, the document API and loading templates, so that the
 * change is a single undoable step and open editors see it live.
 */
export function writeDocument(doc: Y.Doc, next: JourneyDocument, origin: unknown = null): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    if (meta.get('name') !== next.meta.name) meta.set('name', next.meta.name);
    if (meta.get('description') !== next.meta.description) meta.set('description', next.meta.description);

    const nodes = nodesMap(doc);
    const nextNodeIds = new Set(next.nodes.map((n) => n.id));
    for (const id of Array.from(nodes.keys())) if (!nextNodeIds.has(id)) nodes.delete(id);
    for (const node of next.nodes) {
      const existing = nodes.get(node.id);
      if (!existing || existing.get('kind') !== node.kind) {
        nodes.set(node.id, nodeToY(node));
        continue;
      }
      const pos = existing.get('position') as Position;
      if (pos.x !== node.position.x || pos.y !== node.position.y) existing.set('position', { ...node.position });
      if (existing.get('parentId') !== node.parentId) {
        if (node.parentId === undefined) existing.delete('parentId');
        else existing.set('parentId', node.parentId);
      }
      syncData(dataMap(existing), node.data as Record<string, unknown>);
    }

    const edges = edgesMap(doc);
    const nextEdgeIds = new Set(next.edges.map((e) => e.id));
    for (const id of Array.from(edges.keys())) if (!nextEdgeIds.has(id)) edges.delete(id);
    for (const edge of next.edges) {
      const existing = edges.get(edge.id);
      if (!existing || existing.get('source') !== edge.source || existing.get('target') !== edge.target) {
        edges.set(edge.id, edgeToY(edge));
        continue;
      }
      syncData(dataMap(existing), edge.data as Record<string, unknown>);
    }
  }, origin);
}

function syncData(target: Y.Map<unknown>, data: Record<string, unknown>): void {
  for (const key of Array.from(target.keys())) if (!(key in data) || data[key] === undefined) target.delete(key);
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (JSON.stringify(target.get(key)) !== JSON.stringify(value)) target.set(key, value);
  }
}

/** A new Yjs document holding `document`. */
export function createYDoc(document: JourneyDocument): Y.Doc {
  const doc = new Y.Doc();
  writeDocument(doc, document);
  return doc;
}

export function encodeState(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}

export function decodeState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
