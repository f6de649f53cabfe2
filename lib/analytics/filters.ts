import { z } from 'zod';
import { parseDateInput } from './dates';
import type { Observation } from './observation';
import type { PreparedStore } from './prepared-store';

/**
 * Which customers a figure looks at. Every filter reads the customer's *first* purchase,
 * so a customer is either in or out as a whole (never half their orders):
 * - `from` / `to`: the first purchase was placed in this range (epoch ms, both inclusive);
 * - `firstProduct`: the first purchase contains a product with this name;
 * - `source`: the first purchase came through this sales channel;
 * - `country`: the first purchase's country;
 * - `firstDiscount`: the first purchase used a discount code (any, or this code), or none.
 * Text comparisons ignore case and surrounding spaces.
 */
export interface CustomerFilters {
  from?: number | null;
  to?: number | null;
  firstProduct?: string | null;
  source?: string | null;
  country?: string | null;
  firstDiscount?: { used: false } | { used: true; code?: string } | null;
}

/** The customers (indices into the prepared store, ascending) that pass `filters`. */
export function selectCustomers(store: PreparedStore, observation: Observation, filters: CustomerFilters = {}): Int32Array {
  const { firstAt } = store;
  let lo = 0;
  let hi = observation.includedCount;
  if (filters.from !== undefined && filters.from !== null) lo = lowerBound(firstAt, filters.from, lo, hi);
  if (filters.to !== undefined && filters.to !== null) hi = Math.max(lo, upperBound(firstAt, filters.to, lo, hi));

  const source = textFilter(store.sources, filters.source);
  const country = textFilter(store.countries, filters.country);
  const product = textFilter(store.products, filters.firstProduct);
  const discount = filters.firstDiscount ?? null;
  const discountCode = discount && discount.used && discount.code ? store.discounts.find(discount.code) : 0;
  if (source === -1 || country === -1 || product === -1 || discountCode === -1) return new Int32Array(0);

  const picked = new Int32Array(hi - lo);
  let count = 0;
  const { purchaseStart, lineStart, lineProduct } = store;
  for (let c = lo; c < hi; c++) {
    if (source > 0 && store.firstSource[c] !== source) continue;
    if (country > 0 && store.firstCountry[c] !== country) continue;
    const first = purchaseStart[c];
    if (discount) {
      const used = store.discount[first];
      if (!discount.used ? used !== 0 : discountCode > 0 ? used !== discountCode : used === 0) continue;
    }
    if (product > 0) {
      let found = false;
      for (let l = lineStart[first]; l < lineStart[first + 1]; l++) {
        if (lineProduct[l] === product) {
          found = true;
          break;
        }
      }
      if (!found) continue;
    }
    picked[count++] = c;
  }
  return count === picked.length ? picked : picked.slice(0, count);
}

/** 0 = no filter, −1 = a value no customer has, else the dictionary id to match. */
function textFilter(dictionary: { find(value: string): number }, value: string | null | undefined): number {
  if (value === undefined || value === null || value.trim() === '') return 0;
  const id = dictionary.find(value);
  return id <= 0 ? -1 : id;
}

function lowerBound(values: Float64Array, target: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(values: Float64Array, target: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const optionalText = z
  .string()
  .max(280, 'at most 280 characters')
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value));

const dateParam = (edge: 'start' | 'end') =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return undefined;
      const parsed = parseDateInput(value, edge);
      if (parsed === null) {
        ctx.addIssue({ code: 'custom', message: 'expected a date as YYYY-MM-DD or an ISO date-time' });
        return z.NEVER;
      }
      return parsed;
    });

/**
 * The filters as they arrive in a query string: `from`, `to` (YYYY-MM-DD, whole UTC days,
 * inclusive), `firstProduct`, `source`, `country`, `discount` (`any` | `none`) and
 * `discountCode` (a specific code; implies `discount=any`), plus `asOf` (a date means the
 * end of that day). Unknown parameters are ignored so routes can add their own.
 */
export const filtersQuerySchema = z
  .object({
    from: dateParam('start'),
    to: dateParam('end'),
    firstProduct: optionalText,
    source: optionalText,
    country: optionalText,
    discount: z.enum(['any', 'none', '']).optional(),
    discountCode: optionalText,
    asOf: dateParam('end'),
  })
  .transform((query) => {
    const filters: CustomerFilters = {};
    if (query.from !== undefined) filters.from = query.from;
    if (query.to !== undefined) filters.to = query.to;
    if (query.firstProduct !== undefined) filters.firstProduct = query.firstProduct;
    if (query.source !== undefined) filters.source = query.source;
    if (query.country !== undefined) filters.country = query.country;
    if (query.discountCode !== undefined) filters.firstDiscount = { used: true, code: query.discountCode };
    else if (query.discount === 'any') filters.firstDiscount = { used: true };
    else if (query.discount === 'none') filters.firstDiscount = { used: false };
    return { filters, asOf: query.asOf ?? null };
  });

export type FiltersQuery = z.infer<typeof filtersQuerySchema>;
