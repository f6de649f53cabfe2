import 'server-only';
import { z } from 'zod';
import { isImportInputError } from '@/lib/orders/errors';
import { columnMappingSchema, importFormatSchema, importOptionsSchema, type ColumnMapping, type ImportFormat } from '@/lib/orders/mapping';
import { HttpError, parseWith } from '@/server/http';

/** Request bodies and form fields of the stores and imports API. */

export const STORE_NAME_MAX = 80;

const storeName = z.string().trim().min(1, 'required').max(STORE_NAME_MAX, `at most ${STORE_NAME_MAX} characters`);

export const createStoreBody = z.strictObject({ name: storeName });

export const renameStoreBody = z.strictObject({ name: storeName });

export const savePresetBody = z.strictObject({
  name: z.string().trim().min(1, 'required').max(STORE_NAME_MAX, `at most ${STORE_NAME_MAX} characters`),
  mapping: columnMappingSchema,
  options: importOptionsSchema.partial().default({}),
});

/** The text fields that come with an uploaded file; all optional. */
const importFields = z.strictObject({
  format: importFormatSchema.optional(),
  mapping: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object of field → column name' });
        return z.NEVER;
      }
    })
    .pipe(columnMappingSchema)
    .optional(),
  timezone: importOptionsSchema.shape.timezone.optional(),
  dateFormat: importOptionsSchema.shape.dateFormat.optional(),
});

export interface ImportFields {
  format?: ImportFormat;
  mapping?: ColumnMapping;
  timezone?: string;
  dateFormat?: z.infer<typeof importOptionsSchema>['dateFormat'];
}

/** Validates the form fields of an import upload; empty fields count as absent. */
export function parseImportFields(fields: Record<string, string>): ImportFields {
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
  return parseWith(importFields, present);
}

/** Problems with the file or the mapping become the 400 (or 413) the user reads. */
export function importInputFailure(error: unknown): unknown {
  if (isImportInputError(error)) return new HttpError(error.code === 'file-too-large' ? 413 : 400, error.message);
  return error;
}
