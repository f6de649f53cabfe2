import 'server-only';
import { getStore, historyIsMissing, MISSING_HISTORY_PROBLEM } from '@/db/queries/stores';
import type { PdfFilterQuery } from '@/lib/export/options';
import { parseFilters } from '@/server/analytics/requests';
import { HttpError } from '@/server/http';
import { exportComparisonOf, type ExportOverlay } from '@/server/analytics/export-comparison';
import type { ExportSource } from './document';

/**
 * The actual-data overlay of an export: the comparison of the map with a store's orders,
 * computed by server/analytics/export-comparison.ts.
 */

/** Which store the overlay uses: the one asked for, else the one linked to the map. */
export function comparisonStoreId(source: ExportSource, requested: string | undefined): string {
  const storeId = requested ?? source.storeId;
  if (!storeId) {
    throw new HttpError(409, 'compare: this map is not linked to a store yet. Link a store to include the actual data, or export with compare=0.');
  }
  if (!getStore(storeId)) throw new HttpError(404, `storeId: no store with id "${storeId}".`);
  if (historyIsMissing(storeId)) throw new HttpError(409, `compare: the store's orders cannot be read. ${MISSING_HISTORY_PROBLEM}`);
  return storeId;
}

export async function exportComparison(source: ExportSource, requested: string | undefined, filterQuery: PdfFilterQuery = {}): Promise<ExportOverlay> {
  const storeId = comparisonStoreId(source, requested);
  const { filters, asOf } = parseFilters(filterQuery);
  const comparison = await exportComparisonOf(source.id, storeId, filters, asOf);
  if (!comparison) throw new HttpError(404, 'compare: the map or the store is gone.');
  return comparison;
}
