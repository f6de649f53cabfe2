import { z } from 'zod';
import { filtersQuerySchema } from '@/lib/analytics/filters';
import { ORIENTATIONS, PAGE_SIZES } from './page';

/**
 * The options of a PDF export, as query parameters: `?size=A4&orientation=landscape&compare=1`,
 * plus the customer filters of the actual-data overlay, named as the comparison API names
 * them (`from`, `to`, `firstProduct`, `source`, `country`, `discount`, `discountCode`, `asOf`).
 */

export const PDF_FILTER_PARAMS = ['from', 'to', 'firstProduct', 'source', 'country', 'discount', 'discountCode', 'asOf'] as const;
export type PdfFilterParam = (typeof PDF_FILTER_PARAMS)[number];
/** The overlay's filters as query values (validated by lib/analytics/filters). */
export type PdfFilterQuery = Partial<Record<PdfFilterParam, string>>;

const filterText = z.string().max(280, 'at most 280 characters').optional();

const flag = z
  .enum(['0', '1', 'true', 'false'], { error: 'expected 0 or 1' })
  .transform((v) => v === '1' || v === 'true');

export const pdfOptionsSchema = z
  .strictObject({
    size: z.enum(PAGE_SIZES, { error: `expected one of ${PAGE_SIZES.join(', ')}` }).default('A4'),
    orientation: z.enum(ORIENTATIONS, { error: `expected one of ${ORIENTATIONS.join(', ')}` }).default('landscape'),
    compare: flag.default(false),
    storeId: z.string().trim().min(1).max(64).optional(),
    appendix: flag.default(true),
    from: filterText,
    to: filterText,
    firstProduct: filterText,
    source: filterText,
    country: filterText,
    discount: filterText,
    discountCode: filterText,
    asOf: filterText,
  })
  .superRefine((query, ctx) => {
    // The filters are checked here, by the comparison's own rules, so a bad one is a 400
    // that names it before any browser starts.
    const checked = filtersQuerySchema.safeParse(filterQueryOf(query));
    if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  })
  .transform(({ size, orientation, compare, storeId, appendix, ...rest }) => ({
    size,
    orientation,
    compare,
    ...(storeId === undefined ? {} : { storeId }),
    appendix,
    filters: filterQueryOf(rest),
  }));

export type PdfOptions = z.output<typeof pdfOptionsSchema>;

/** The filter parameters that are set (non-empty), and nothing else. */
export function filterQueryOf(values: Partial<Record<PdfFilterParam, unknown>>): PdfFilterQuery {
  const out: PdfFilterQuery = {};
  for (const key of PDF_FILTER_PARAMS) {
    const value = values[key];
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}

/** Query parameters as a plain object; empty values count as absent. */
export function queryObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (value !== '') out[key] = value;
  return out;
}

/** The query string that asks for these options (what the Export dialog links to). */
export function pdfQuery(options: Partial<PdfOptions>): string {
  const params = new URLSearchParams();
  if (options.size) params.set('size', options.size);
  if (options.orientation) params.set('orientation', options.orientation);
  if (options.compare !== undefined) params.set('compare', options.compare ? '1' : '0');
  if (options.storeId) params.set('storeId', options.storeId);
  if (options.appendix !== undefined) params.set('appendix', options.appendix ? '1' : '0');
  for (const [key, value] of Object.entries(filterQueryOf(options.filters ?? {}))) params.set(key, value);
  return params.toString();
}

/** The options once read, as carried inside a print token. */
export const resolvedPdfOptionsSchema = z.strictObject({
  size: z.enum(PAGE_SIZES),
  orientation: z.enum(ORIENTATIONS),
  compare: z.boolean(),
  storeId: z.string().min(1).max(64).optional(),
  appendix: z.boolean(),
  filters: z.partialRecord(z.enum(PDF_FILTER_PARAMS), z.string().max(280)),
}) satisfies z.ZodType<PdfOptions>;

/** What a print view renders: a PDF's pages, or the whole map as one image. */
export const printRequestSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('pdf'), options: resolvedPdfOptionsSchema }),
  z.strictObject({ mode: z.literal('image') }),
]);
export type PrintRequest = z.infer<typeof printRequestSchema>;
