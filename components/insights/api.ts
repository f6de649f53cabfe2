import { errorMessage } from '@/components/imports/api';
import type { StoreInsights } from '@/lib/analytics/insights';
import type { FilterOptions } from '@/lib/store/compare-store';

/** Browser calls of the insights API. */

export interface InsightsFilters {
  from: string;
  to: string;
  source: string;
  country: string;
}

export const EMPTY_INSIGHTS_FILTERS: InsightsFilters = { from: '', to: '', source: '', country: '' };

/** The editable segment thresholds as typed in the form ("" = the default). */
export interface ThresholdInputs {
  newDays: string;
  activeGapMultiple: string;
  lapsedGapMultiple: string;
  loyalMinPurchases: string;
  medianGapDays: string;
}

export const DEFAULT_THRESHOLD_INPUTS: ThresholdInputs = {
  newDays: '',
  activeGapMultiple: '',
  lapsedGapMultiple: '',
  loyalMinPurchases: '',
  medianGapDays: '',
};

export type StoreInsightsView = StoreInsights & { storeId: string };

/** The query string: filters and thresholds, empty ones left out. */
export function insightsSearch(filters: InsightsFilters, thresholds: ThresholdInputs): string {
  const params = new URLSearchParams();
  for (const [key, value] of [...Object.entries(filters), ...Object.entries(thresholds)]) {
    if (value.trim() !== '') params.set(key, value.trim());
  }
  return params.toString();
}

export async function fetchInsights(storeId: string, search: string, signal?: AbortSignal): Promise<StoreInsightsView> {
  const response = await fetch(`/api/stores/${encodeURIComponent(storeId)}/insights?${search}`, { signal, cache: 'no-store' });
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as StoreInsightsView;
}

export async function fetchStoreFilterOptions(storeId: string, signal?: AbortSignal): Promise<FilterOptions> {
  const response = await fetch(`/api/stores/${encodeURIComponent(storeId)}/filter-options`, { signal, cache: 'no-store' });
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as FilterOptions;
}

export function segmentCsvUrl(storeId: string, segment: string, search: string): string {
  return `/api/stores/${encodeURIComponent(storeId)}/segments/${encodeURIComponent(segment)}.csv${search ? `?${search}` : ''}`;
}
