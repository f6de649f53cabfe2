import 'server-only';
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The one headless Chromium that renders exports. It is started on the first export,
 * kept warm for the next ones and closed on shutdown (`closeExportBrowser`).
 *
 * State lives on globalThis: Next bundles each route separately and server.ts loads its
 * own copy of this module, yet there must be one browser per process.
 */

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

export const INSTALL_HINT =
  'PDF, PNG and SVG export need Chromium on the server, and none was found. ' +
  'Install it (Debian/Ubuntu: `apt-get install -y chromium fonts-liberation`) or set CHROMIUM_PATH to a Chrome or Chromium binary, then restart Loopmap.';

export class BrowserUnavailableError extends Error {
  constructor(detail?: string) {
    super(detail ? `${INSTALL_HINT} (${detail})` : INSTALL_HINT);
  }
}

interface BrowserState {
  launching?: Promise<Browser>;
  closed: boolean;
}

const globalForBrowser = globalThis as unknown as { __loopmapExportBrowser?: BrowserState };
const state = (globalForBrowser.__loopmapExportBrowser ??= { closed: false });

/** CHROMIUM_PATH, else the browser Playwright installed, else the system Chromium. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = fs.existsSync): string | null {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  let installed: string | undefined;
  try {
    installed = chromium.executablePath();
  } catch {
    installed = undefined;
  }
  for (const candidate of [installed, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && exists(/* turbopackIgnore: true */ candidate)) return candidate;
  }
  return null;
}

export async function exportBrowser(): Promise<Browser> {
  if (state.closed) throw new BrowserUnavailableError('the server is shutting down');
  if (!state.launching) {
    const executablePath = findChromium();
    if (!executablePath) throw new BrowserUnavailableError();
    const launching = chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    state.launching = launching;
    launching.then(
      (browser) =>
        browser.on('disconnected', () => {
          // A crashed browser is replaced by the next export.
          if (state.launching === launching) state.launching = undefined;
        }),
      () => {
        if (state.launching === launching) state.launching = undefined;
      },
    );
  }
  try {
    return await state.launching;
  } catch (error) {
    throw new BrowserUnavailableError((error as Error).message.split('\n')[0]);
  }
}

/** Whether a browser is running (for the benchmark's cold/warm figures and tests). */
export function isExportBrowserRunning(): boolean {
  return state.launching !== undefined;
}

/** Closes the export browser; call it once on shutdown (server.ts's SIGTERM handler). */
export async function closeExportBrowser(): Promise<void> {
  state.closed = true;
  const launching = state.launching;
  state.launching = undefined;
  if (!launching) return;
  try {
    const browser = await launching;
    await browser.close();
  } catch {
    // It never started or already died: nothing to close.
  }
}

/** Closes the browser but keeps exporting possible: the next export starts a cold one. */
export async function restartExportBrowser(): Promise<void> {
  const launching = state.launching;
  state.launching = undefined;
  if (launching) await launching.then((b) => b.close()).catch(() => undefined);
}
