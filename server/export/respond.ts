import 'server-only';
import { errorResponse, handleError } from '@/server/http';
import { BrowserUnavailableError } from './browser';
import { SvgConverterUnavailableError } from './pdf-to-svg';
import { ExportTimeoutError } from './queue';

/** Export failures as the API's usual JSON errors: 503 without a browser or SVG converter, 504 on timeout. */
export function exportErrorResponse(error: unknown) {
  if (error instanceof BrowserUnavailableError || error instanceof SvgConverterUnavailableError) return errorResponse(503, error.message);
  if (error instanceof ExportTimeoutError) return errorResponse(504, error.message);
  return handleError(error);
}

/** `attachment; filename="…"; filename*=UTF-8''…` — the name survives non-ASCII characters. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
