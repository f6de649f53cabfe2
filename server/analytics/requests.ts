import 'server-only';
import { z } from 'zod';
import {
  EDGE_LISTS,
  filtersQuerySchema,
  MILESTONE_LISTS,
  SEGMENTS,
  TOUCHPOINT_LISTS,
  type CustomerFilters,
  type FigureRef,
  type Segment,
  type SegmentThresholds,
} from '@/lib/analytics';
import { parseWith } from '@/server/http';

/** Query strings and bodies of the comparison and insights API, validated at the edge. */

/** Search params → a plain object (empty values dropped, as if absent). */
export function queryObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (value.trim() !== '') out[key] = value;
  return out;
}

export interface FiltersAndAsOf {
  filters: CustomerFilters;
  asOf: number | null;
}

/** `from`, `to`, `firstProduct`, `source`, `country`, `discount`, `discountCode`, `asOf` (see lib/analytics/filters). */
export function parseFilters(query: Record<string, string>): FiltersAndAsOf {
  return parseWith(filtersQuerySchema, query);
}

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, "-" and "_"');

/**
 * A number of a comparison, as `<kind>:<id>:<list>`: `milestone:ms-second-order:onTime`,
 * `edge:e-12:converted`, `touchpoint:tp-day-7:bought`. The lists are those of
 * lib/analytics/customer-lists (MILESTONE_LISTS, EDGE_LISTS, TOUCHPOINT_LISTS).
 */
export const figureRefSchema = z.string().transform((text, ctx): FigureRef => {
  const parts = text.split(':');
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (parts.length !== 3) return fail('expected <kind>:<id>:<list>, e.g. milestone:ms-second-order:onTime');
  const [kind, rawId, list] = parts;
  if (!id.safeParse(rawId).success) return fail(`"${rawId}" is not a node or edge id`);
  const oneOf = (lists: readonly string[]) => lists.includes(list) || fail(`a ${kind} has the lists ${lists.join(', ')}`);
  switch (kind) {
    case 'milestone':
      oneOf(MILESTONE_LISTS);
      return { kind, nodeId: rawId, list: list as (typeof MILESTONE_LISTS)[number] };
    case 'edge':
      oneOf(EDGE_LISTS);
      return { kind, edgeId: rawId, list: list as (typeof EDGE_LISTS)[number] };
    case 'touchpoint':
      oneOf(TOUCHPOINT_LISTS);
      return { kind, nodeId: rawId, list: list as (typeof TOUCHPOINT_LISTS)[number] };
    default:
      return fail('kind must be milestone, edge or touchpoint');
  }
});

/** The `figure=…` text of a reference (what the UI puts in links). */
export function figureRefText(ref: FigureRef): string {
  return `${ref.kind}:${ref.kind === 'edge' ? ref.edgeId : ref.nodeId}:${ref.list}`;
}

export const MAX_PAGE_SIZE = 500;

const wholeNumber = (min: number, max: number) =>
  z.preprocess((value) => (typeof value === 'string' ? Number(value) : value), z.number().int('a whole number').min(min).max(max));

export const comparisonRouteQuery = z.object({
  storeId: z.string().max(64).optional(),
});

export const customerListQuery = z.object({
  storeId: z.string().max(64).optional(),
  figure: figureRefSchema,
  offset: wholeNumber(0, 100_000_000).default(0),
  limit: wholeNumber(1, MAX_PAGE_SIZE).default(50),
});

export const customerCsvQuery = customerListQuery.pick({ storeId: true, figure: true });

const decimal = (min: number, max: number) =>
  z.preprocess((value) => (typeof value === 'string' ? Number(value) : value), z.number().finite('a number').min(min).max(max)).optional();

/**
 * The editable segment thresholds, as query parameters (see lib/analytics/insights/segments):
 * `newDays`, `activeGapMultiple`, `lapsedGapMultiple`, `loyalMinPurchases`,
 * `discountMinPurchases`, `discountShare` (0–1) and `medianGapDays` (overrides the store's).
 */
export const thresholdsQuery = z
  .object({
    newDays: wholeNumber(1, 3650).optional(),
    activeGapMultiple: decimal(0.01, 100),
    lapsedGapMultiple: decimal(0.01, 100),
    loyalMinPurchases: wholeNumber(2, 1000).optional(),
    discountMinPurchases: wholeNumber(1, 1000).optional(),
    discountShare: decimal(0, 1),
    medianGapDays: decimal(0, 3650),
  })
  .superRefine((t, ctx) => {
    if (t.activeGapMultiple !== undefined && t.lapsedGapMultiple !== undefined && t.lapsedGapMultiple < t.activeGapMultiple) {
      ctx.addIssue({ code: 'custom', path: ['lapsedGapMultiple'], message: 'must be at least activeGapMultiple' });
    }
  })
  .transform((t): Partial<SegmentThresholds> => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)));

export const SEGMENT_FILES = [...SEGMENTS, 'discountDriven'] as const;
export type SegmentFile = Segment | 'discountDriven';

export const segmentParam = z.enum(SEGMENT_FILES, { error: () => `segment: one of ${SEGMENT_FILES.join(', ')}` });

/** PUT /api/maps/:id/store */
export const linkStoreBody = z.strictObject({
  storeId: z.string().max(64).nullable(),
});
