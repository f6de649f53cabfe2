import 'server-only';
import { z } from 'zod';
import { LIMITS } from '@/lib/journey/schema';
import { TEMPLATE_IDS } from '@/lib/journey/templates';

/** Request bodies of the maps API. */

const mapName = z.string().trim().min(1, 'required').max(LIMITS.title, `at most ${LIMITS.title} characters`);

export const createMapBody = z.strictObject({
  name: mapName,
  template: z.enum(TEMPLATE_IDS).default('blank'),
});

export const renameMapBody = z.strictObject({ name: mapName });

export const duplicateMapBody = z.strictObject({ name: mapName.optional() });

export const replaceDocumentBody = z.strictObject({ document: z.unknown() });

export const createVersionBody = z.strictObject({
  name: z.string().trim().min(1, 'required').max(LIMITS.title, `at most ${LIMITS.title} characters`),
});
