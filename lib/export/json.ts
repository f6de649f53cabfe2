import { z } from 'zod';
import type { JourneyDocument } from '../journey/schema';
import { summarise, validateDocument, type ValidationProblem } from '../journey/validate';

/**
 * The JSON file a map is exported as, and reading such a file back. The file holds the
 * document exactly as stored, so an export followed by an import loses nothing.
 * A bare document (`{ schemaVersion, meta, nodes, edges }`) is accepted too.
 */

export const EXPORT_FORMAT = 'loopmap.map';
export const EXPORT_FORMAT_VERSION = 1;

export interface MapExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  document: JourneyDocument;
}

export function mapExportFile(document: JourneyDocument, exportedAt: Date = new Date()): MapExportFile {
  return { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, exportedAt: exportedAt.toISOString(), document };
}

/** A file name that is safe on every system: "Ideal customer.loopmap.json". */
export function exportFileName(name: string, extension: string): string {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'map';
  return `${base}.${extension}`;
}

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `expected "${EXPORT_FORMAT}"` }),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION, { error: `expected ${EXPORT_FORMAT_VERSION} (a file from a newer Loopmap?)` }),
  exportedAt: z.string().optional(),
  document: z.unknown(),
});

export type ImportResult =
  | { ok: true; document: JourneyDocument }
  | { ok: false; problems: ValidationProblem[]; message: string };

function failed(problems: ValidationProblem[]): ImportResult {
  return { ok: false, problems, message: summarise(problems) };
}

/** Reads an exported map (already parsed from JSON); problems name their path in the file. */
export function readMapExport(input: unknown): ImportResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return failed([{ path: '(file)', message: 'expected a JSON object (a Loopmap map export)' }]);
  }
  const isEnvelope = 'format' in input || ('document' in input && !('nodes' in input));
  let document: unknown = input;
  let prefix = '';
  if (isEnvelope) {
    const envelope = envelopeSchema.safeParse(input);
    if (!envelope.success) {
      return failed(envelope.error.issues.map((i) => ({ path: i.path.join('.') || '(file)', message: i.message })));
    }
    document = envelope.data.document;
    prefix = 'document';
  }
  const result = validateDocument(document);
  if (result.ok) return result;
  return failed(result.problems.map((p) => ({ ...p, path: joinPath(prefix, p.path) })));
}

function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (path === '(document)') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Parses the text of an uploaded file; malformed JSON is reported like any other problem. */
export function parseMapExport(text: string): ImportResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return failed([{ path: '(file)', message: `malformed JSON (${(error as Error).message})` }]);
  }
  return readMapExport(input);
}
