import equal from 'fast-deep-equal';
import type { JourneyDocument } from './schema';
import { validateDocument } from './validate';

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Whether a map's content (as the editor holds it) equals a stored snapshot. The two are
 * produced differently: the snapshot went through validation, which fills defaults and
 * orders keys by the schema, and two Yjs documents with different histories list their
 * nodes in different orders. So the content is validated first, nodes and edges are
 * matched by id, and keys are compared without regard to order.
 */
export function sameContent(content: JourneyDocument, stored: JourneyDocument): boolean {
  const validated = validateDocument(content);
  return validated.ok && equal(inIdOrder(validated.document), inIdOrder(stored));
}

function inIdOrder(doc: JourneyDocument): JourneyDocument {
  return { ...doc, nodes: byId(doc.nodes), edges: byId(doc.edges) };
}
