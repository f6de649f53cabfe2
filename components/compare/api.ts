import { errorMessage } from '@/components/imports/api';
import type { CompareFilters, ComparisonView, FilterOptions } from '@/lib/store/compare-store';
import { comparisonSearch } from '@/lib/store/compare-store';

/** Browser calls of the comparison API; each throws an Error carrying the server's message. */

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, cache: 'no-store' });
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as T;
}

export function fetchComparison(mapId: string, storeId: string, filters: CompareFilters, signal?: AbortSignal): Promise<ComparisonView> {
  return getJson(`/api/maps/${encodeURIComponent(mapId)}/comparison?${comparisonSearch(storeId, filters)}`, signal);
}

export function fetchFilterOptions(storeId: string, signal?: AbortSignal): Promise<FilterOptions> {
  return getJson(`/api/stores/${encodeURIComponent(storeId)}/filter-options`, signal);
}

export interface CustomerRowView {
  customerId: string;
  firstPurchaseAt: string;
  lastPurchaseAt: string;
  purchases: number;
  revenue: number;
}

export interface CustomerPageView {
  figure: string;
  asOf: string;
  storeId: string;
  total: number;
  offset: number;
  limit: number;
  rows: CustomerRowView[];
}

export function fetchCustomerPage(
  mapId: string,
  storeId: string,
  filters: CompareFilters,
  figure: string,
  offset: number,
  limit: number,
  signal?: AbortSignal,
): Promise<CustomerPageView> {
  const search = comparisonSearch(storeId, filters, { figure, offset, limit });
  return getJson(`/api/maps/${encodeURIComponent(mapId)}/comparison/customers?${search}`, signal);
}

export function customersCsvUrl(mapId: string, storeId: string, filters: CompareFilters, figure: string): string {
  return `/api/maps/${encodeURIComponent(mapId)}/comparison/customers.csv?${comparisonSearch(storeId, filters, { figure })}`;
}

/** Links the map to a store (or unlinks it with null) for everyone who opens it. */
export async function linkStore(mapId: string, storeId: string | null): Promise<void> {
  const response = await fetch(`/api/maps/${encodeURIComponent(mapId)}/store`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ storeId }),
  });
  if (!response.ok) throw new Error(await errorMessage(response));
}
