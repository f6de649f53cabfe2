import 'server-only';
import type { BrowserContext, Page } from 'playwright-core';
import { exportBrowser } from './browser';

/**
 * PDF exports print in one browser context that stays open between exports, on pages
 * opened ahead of time:
 * - the context keeps its cache, so the print view's scripts and styles are neither
 *   fetched nor compiled again on every export (a fresh context starts empty);
 * - the next export's page is opened while the previous one finishes, so no export
 *   waits for a page to open.
 * Each export still gets a page of its own, closed when it is done. The print view
 * keeps nothing between pages: it has no cookies or storage, only the token in its URL.
 *
 * State lives on globalThis for the same reason as the browser's (see browser.ts).
 */

/** Every map and appendix page is laid out at this size before the @page rules apply. */
const PDF_VIEWPORT = { width: 1280, height: 900 };

interface PdfContextState {
  context?: Promise<BrowserContext>;
  spare?: Promise<Page | undefined>;
}

const globalForPdf = globalThis as unknown as { __loopmapPdfContext?: PdfContextState };
const state = (globalForPdf.__loopmapPdfContext ??= {});

async function openContext(): Promise<BrowserContext> {
  const browser = await exportBrowser();
  const context = await browser.newContext({ viewport: PDF_VIEWPORT, deviceScaleFactor: 1, javaScriptEnabled: true });
  // One clock for the whole job: the queue's timeout (EXPORT_TIMEOUT_MS) closes the page,
  // which ends any wait on it. Playwright's own 30 s defaults would cut a large map short.
  context.setDefaultTimeout(0);
  context.setDefaultNavigationTimeout(0);
  return context;
}

function pdfContext(): Promise<BrowserContext> {
  if (!state.context) {
    const opening = openContext();
    state.context = opening;
    const forget = () => {
      if (state.context === opening) {
        state.context = undefined;
        state.spare = undefined;
      }
    };
    // A closed context (the browser crashed or was restarted) is replaced by the next export.
    opening.then((context) => context.on('close', forget), forget);
  }
  return state.context;
}

/** A page for one PDF export: the one opened in advance when there is one, else a new one. */
export async function takePdfPage(): Promise<Page> {
  const context = await pdfContext();
  // Claim the spare before waiting for it, so two exports never share one page.
  const spare = state.spare;
  state.spare = context.newPage().catch(() => undefined);
  const page = await spare;
  return page && !page.isClosed() ? page : context.newPage();
}
