import 'server-only';
import { getMap } from '@/db/queries/maps';
import type { JourneyDocument } from '@/lib/journey/schema';
import { validateDocument } from '@/lib/journey/validate';
import { readDocument } from '@/lib/collab/ydoc';
import { currentYDoc } from '@/server/map-documents';

export interface ExportSource {
  id: string;
  name: string;
  storeId: string | null;
  document: JourneyDocument;
}

/**
 * What an export prints: the map's latest content (the open document while someone is
 * editing, so the last second of edits is included), else its stored snapshot. Content
 * that does not validate falls back to the last valid snapshot, as everywhere else.
 */
export function loadExportSource(mapId: string): ExportSource | undefined {
  const stored = getMap(mapId);
  if (!stored) return undefined;
  const doc = currentYDoc(mapId);
  const live = doc ? validateDocument(readDocument(doc)) : undefined;
  const document = live?.ok ? live.document : stored.document;
  return { id: stored.id, name: document.meta.name, storeId: stored.storeId, document };
}
