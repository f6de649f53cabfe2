/**
 * Fetches an export and hands it to the browser as a download. Errors come back as the
 * API's JSON `{ error }`, whose message is shown to the person as is.
 */
export class ExportFailedError extends Error {}

function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

export async function downloadExport(url: string, fallbackName: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal, cache: 'no-store' });
  if (!response.ok) {
    let message = `The export failed (${response.status}).`;
    try {
      const body = (await response.json()) as { error?: string };
      if (body.error) message = body.error;
    } catch {
      // not JSON: keep the generic message
    }
    throw new ExportFailedError(message);
  }
  const blob = await response.blob();
  const name = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}
