import type { CsvPreviewView, GenericImportChoice, ImportRecordView } from './types';

/** The preview reads only the beginning of a file: enough for the header and 20 rows. */
export const PREVIEW_BYTES = 256 * 1024;

/** The `{ error }` message of a failed API response, or a generic one naming the status. */
export async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string' && body.error) return body.error;
  } catch {
    // not JSON: fall through
  }
  return `The server answered ${response.status} ${response.statusText || ''}`.trim();
}

export async function previewFile(storeId: string, file: File): Promise<CsvPreviewView> {
  const form = new FormData();
  form.append('file', file.slice(0, PREVIEW_BYTES), file.name);
  const response = await fetch(`/api/stores/${encodeURIComponent(storeId)}/imports/preview`, { method: 'POST', body: form });
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as CsvPreviewView;
}

export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * Uploads the file and starts its import. XMLHttpRequest rather than fetch because only
 * it reports upload progress, which matters for files of hundreds of megabytes.
 */
export function uploadImport(
  storeId: string,
  file: File,
  choice: { format: 'shopify' } | ({ format: 'generic' } & GenericImportChoice),
  onProgress: (progress: UploadProgress) => void,
): Promise<{ importId: string }> {
  const form = new FormData();
  form.append('format', choice.format);
  if (choice.format === 'generic') {
    form.append('mapping', JSON.stringify(choice.mapping));
    form.append('timezone', choice.timezone);
    form.append('dateFormat', choice.dateFormat);
  }
  // The file goes last so the small fields arrive before the large part.
  form.append('file', file, file.name);

  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/stores/${encodeURIComponent(storeId)}/imports`);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ sent: event.loaded, total: event.total });
    };
    request.onload = () => {
      const body = request.response as { importId?: string; error?: string } | null;
      if (request.status >= 200 && request.status < 300 && body?.importId) resolve({ importId: body.importId });
      else reject(new Error(body?.error ?? `The server answered ${request.status}.`));
    };
    request.onerror = () => reject(new Error('The upload was interrupted: check the connection and try again.'));
    request.send(form);
  });
}

export async function fetchImport(importId: string): Promise<ImportRecordView> {
  const response = await fetch(`/api/imports/${encodeURIComponent(importId)}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as ImportRecordView;
}

export async function saveMappingPreset(name: string, choice: GenericImportChoice): Promise<string> {
  const response = await fetch('/api/imports/presets', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, mapping: choice.mapping, options: { timezone: choice.timezone, dateFormat: choice.dateFormat } }),
  });
  if (!response.ok) throw new Error(await errorMessage(response));
  return ((await response.json()) as { id: string }).id;
}

export function rejectedRowsUrl(importId: string): string {
  return `/api/imports/${encodeURIComponent(importId)}/rejected.csv`;
}
