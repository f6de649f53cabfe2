import {
  nodeDataSchemas,
  type JourneyDocument,
  type JourneyNode,
  type NodeDataOfKind,
  type NodeKind,
  type Position,
} from './schema';
import { CURRENT_SCHEMA_VERSION } from './version';

/** What a freshly added node of each kind is called. */
export const DEFAULT_TITLES: Record<NodeKind, string> = {
  stage: 'New stage',
  touchpoint: 'New touchpoint',
  milestone: 'New milestone',
  persona: 'Ideal customer',
  note: '',
};

/** Default size of the boxes other than stages (stages carry their own size). */
export const NODE_SIZE = { width: 240, height: 120 } as const;

/** Height of a stage's coloured header, where its title, description and connection points sit. */
export const STAGE_HEADER = 88;

/** The complete data of a new node of `kind`, every default filled in. */
export function defaultNodeData<K extends NodeKind>(kind: K, overrides: Partial<NodeDataOfKind<K>> = {}): NodeDataOfKind<K> {
  const base = kind === 'note' ? { text: '' } : { title: DEFAULT_TITLES[kind] };
  return nodeDataSchemas[kind].parse({ ...base, ...overrides }) as NodeDataOfKind<K>;
}

export function createNode<K extends NodeKind>(
  kind: K,
  id: string,
  position: Position,
  data: Partial<NodeDataOfKind<K>> = {},
  parentId?: string,
): Extract<JourneyNode, { kind: K }> {
  const node = { id, kind, position, data: defaultNodeData(kind, data) } as unknown as Extract<JourneyNode, { kind: K }>;
  if (parentId !== undefined) node.parentId = parentId;
  return node;
}

export function emptyDocument(name: string, description = ''): JourneyDocument {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, meta: { name, description }, nodes: [], edges: [] };
}

/** The title a person sees for a node: its title, or the first line of a note. */
export function nodeLabel(node: JourneyNode): string {
  if (node.kind === 'note') return node.data.text.split('\n')[0]?.trim() || 'Note';
  return node.data.title;
}
