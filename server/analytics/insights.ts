import 'server-only';
import { getStore } from '@/db/queries/stores';
import {
  SEGMENT_LABELS,
  segmentCustomers,
  storeInsights,
  type PreparedStore,
  type StoreInsights,
} from '@/lib/analytics';
import { HttpError, isUuid, parseWith } from '@/server/http';
import { customerListCsv, csvFileName } from './csv';
import { loadPreparedStore } from './prepared-stores';
import { parseFilters, segmentParam, thresholdsQuery } from './requests';

/** The store insights API: figures of one store's customers, and its segments as CSV. */

function preparedStoreOr404(storeId: string): { name: string; store: PreparedStore } {
  const record = isUuid(storeId) ? getStore(storeId) : undefined;
  const store = record ? loadPreparedStore(storeId) : undefined;
  if (!record || !store) throw new HttpError(404, `No store with id "${storeId}".`);
  return { name: record.name, store };
}

export interface StoreInsightsResponse extends StoreInsights {
  storeId: string;
}

/** GET /api/stores/:id/insights?from&to&source&country&asOf&<segment thresholds> */
export function storeInsightsFor(storeId: string, query: Record<string, string>): StoreInsightsResponse {
  const { filters, asOf } = parseFilters(query);
  const thresholds = parseWith(thresholdsQuery, query);
  const { store } = preparedStoreOr404(storeId);
  return { storeId, ...storeInsights(store, filters, asOf, thresholds) };
}

/** GET /api/stores/:id/segments/:segment.csv — one row per customer of the segment. */
export function segmentCsv(storeId: string, segment: string, query: Record<string, string>): { fileName: string; text: string } {
  const which = parseWith(segmentParam, segment);
  const { filters, asOf } = parseFilters(query);
  const thresholds = parseWith(thresholdsQuery, query);
  const { name, store } = preparedStoreOr404(storeId);
  const list = segmentCustomers(store, filters, asOf, which, thresholds);
  const label = which === 'discountDriven' ? 'Discount-driven' : SEGMENT_LABELS[which];
  return { fileName: csvFileName(name, label), text: customerListCsv(list, [{ header: 'segment', value: label }]) };
}

export interface FilterOption {
  value: string;
  /** Customers whose first purchase has it. */
  customers: number;
}

export interface StoreFilterOptions {
  storeId: string;
  customers: number;
  /** The first and last first-purchase dates (YYYY-MM-DD, UTC), or null for an empty store. */
  firstPurchaseFrom: string | null;
  firstPurchaseTo: string | null;
  sources: FilterOption[];
  countries: FilterOption[];
  /** The products found in first purchases, most customers first (at most MAX_PRODUCT_OPTIONS). */
  firstProducts: FilterOption[];
  discountCodes: FilterOption[];
}

export const MAX_PRODUCT_OPTIONS = 200;

function ranked(labels: readonly string[], counts: Int32Array, limit = Infinity): FilterOption[] {
  const options: FilterOption[] = [];
  for (let id = 1; id < counts.length; id++) if (counts[id] > 0) options.push({ value: labels[id], customers: counts[id] });
  options.sort((a, b) => b.customers - a.customers || a.value.localeCompare(b.value));
  return options.slice(0, limit);
}

/** What the filter bars offer: the values found in the store's first purchases, with counts. */
export function storeFilterOptions(storeId: string): StoreFilterOptions {
  const { store } = preparedStoreOr404(storeId);
  const sources = new Int32Array(store.sources.size);
  const countries = new Int32Array(store.countries.size);
  const products = new Int32Array(store.products.size);
  const codes = new Int32Array(store.discounts.size);
  const seen = new Int32Array(store.products.size).fill(-1);
  let lastFirst = -Infinity;
  for (let c = 0; c < store.customerCount; c++) {
    sources[store.firstSource[c]]++;
    countries[store.firstCountry[c]]++;
    const first = store.purchaseStart[c];
    codes[store.discount[first]]++;
    for (let l = store.lineStart[first]; l < store.lineStart[first + 1]; l++) {
      const product = store.lineProduct[l];
      if (seen[product] === c) continue;
      seen[product] = c;
      products[product]++;
    }
    if (store.firstAt[c] > lastFirst) lastFirst = store.firstAt[c];
  }
  const day = (at: number) => new Date(at).toISOString().slice(0, 10);
  return {
    storeId,
    customers: store.customerCount,
    firstPurchaseFrom: store.firstPurchaseAt === null ? null : day(store.firstPurchaseAt),
    firstPurchaseTo: store.customerCount === 0 ? null : day(lastFirst),
    sources: ranked(store.sources.labels, sources),
    countries: ranked(store.countries.labels, countries),
    firstProducts: ranked(store.products.labels, products, MAX_PRODUCT_OPTIONS),
    discountCodes: ranked(store.discounts.labels, codes, MAX_PRODUCT_OPTIONS),
  };
}
