import 'server-only';
import { getStore } from '@/db/queries/stores';
import { compare, storeInsights, type CustomerFilters } from '@/lib/analytics';
import type { ExportComparison, MilestoneActual } from '@/lib/export/appendix';
import { describeDays, describeFilters } from '@/lib/format/compare';
import { formatCount, formatMoney, formatPercent } from '@/lib/format/numbers';
import { loadExportSource } from '@/server/export/document';
import type { MapComparison } from './comparison';
import { loadPreparedStore } from './prepared-stores';

/** The overlay's figures for the title and appendix, and the whole comparison for the map itself. */
export interface ExportOverlay extends ExportComparison {
  view: MapComparison;
}

/**
 * The actual-data overlay of a PDF export (server/export/comparison.ts asks for it): the
 * map against the customers of the store that pass the filters in use, as of `asOf`
 * (default: the store's last order), with the same figures Compare mode shows.
 */
export async function exportComparisonOf(
  mapId: string,
  storeId: string,
  filters: CustomerFilters = {},
  asOf: number | null = null,
): Promise<ExportOverlay | null> {
  const source = loadExportSource(mapId);
  const record = getStore(storeId);
  const store = record ? loadPreparedStore(storeId) : undefined;
  if (!source || !record || !store) return null;
  const comparison = compare(source.document, store, filters, asOf);
  const { kpis, secondPurchaseByDay } = storeInsights(store, filters, asOf);
  const milestones: Record<string, MilestoneActual> = {};
  for (const [id, figures] of Object.entries(comparison.nodes)) {
    milestones[id] = { population: figures.population, reached: figures.reached, onTimeShare: figures.onTimeShare, medianDay: figures.medianDay };
  }
  const day = (at: number | null) => (at === null ? '' : new Date(at).toISOString().slice(0, 10));
  const percent = (share: number | null) => (share === null ? '—' : formatPercent(share));
  return {
    storeName: record.name,
    dataFrom: day(store.firstPurchaseAt),
    dataTo: day(store.lastPurchaseAt),
    customers: comparison.customers,
    filters: describeFilters(filters, asOf),
    view: { storeId, storeName: record.name, ...comparison },
    milestones,
    kpis: [
      { label: 'Customers', value: formatCount(kpis.customers) },
      { label: 'Repeat purchase rate', value: percent(kpis.repeatPurchaseRate) },
      { label: 'Second purchase by day 30', value: percent(secondPurchaseByDay[30]) },
      { label: 'Median days 1st → 2nd', value: describeDays(kpis.medianDaysFirstToSecond) },
      { label: 'Average order value', value: kpis.averageOrderValue === null ? '—' : formatMoney(kpis.averageOrderValue) },
    ],
  };
}
