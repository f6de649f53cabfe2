import 'server-only';
import type { Page } from 'playwright-core';
import { mapBounds } from '@/lib/export/bounds';
import type { PdfOptions, PrintRequest } from '@/lib/export/options';
import { PRINT_READY_BINDING } from '@/lib/export/ready-signal';
import type { JourneyDocument } from '@/lib/journey/schema';
import { exportBrowser } from './browser';
import { takePdfPage } from './pdf-context';
import { pdfToSvg } from './pdf-to-svg';
import { exportQueue } from './queue';
import { ExportTimings } from './timings';
import { roundSvgNumbers } from './svg-numbers';
import { sizeSvgInPixels } from './svg-size';
import { createPrintToken } from './token';

/**
 * Renders the print view of a map in the warm browser and captures it as a PDF, a PNG
 * or an SVG (a one-page PDF of the map, converted by pdftocairo). The print view is
 * opened on this same server through loopback, with a token made just before the page
 * is requested (so time spent in the queue does not count against the token's short life).
 */

/** Where this server is reachable from inside the machine. */
export function internalBaseUrl(): string {
  return process.env.LOOPMAP_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/** The largest PNG edge we produce; Chromium cannot capture much more in one piece. */
const MAX_IMAGE_EDGE_PX = 16_000;
/** PNGs are rendered at 2× for sharp text when the map is small enough. */
const PNG_SCALE = 2;

/** Opens the print view of `request` on `page` and waits until it says it is ready to capture. */
async function openPrintView(page: Page, mapId: string, request: PrintRequest, timings: ExportTimings): Promise<void> {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  await page.exposeBinding(PRINT_READY_BINDING, () => markReady());
  const closed = page.waitForEvent('close').then(() => Promise.reject(new Error('the print view was closed before it was ready')));
  closed.catch(() => undefined);
  const token = createPrintToken(mapId, request);
  // The ready call is the only wait that matters: the page's load event says nothing about its map.
  const response = await page.goto(`${internalBaseUrl()}/print/${mapId}?token=${encodeURIComponent(token)}`, { waitUntil: 'commit' });
  if (!response || !response.ok()) throw new Error(`print view answered ${response?.status() ?? 'nothing'}`);
  // The view calls once its map is drawn, the tiles hold their copies and the fonts are in.
  await Promise.race([ready, closed]);
  timings.lap('view');
}

/**
 * Splits the view's time into the server's answer, the download, drawing the map, the
 * fonts and copying the map into the tiles, as the page measured them. Asked after the
 * capture, so that the question never waits in line before it.
 */
async function recordViewPhases(page: Page, timings: ExportTimings): Promise<void> {
  const phases = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN;
    if (!nav) return null;
    return {
      server: nav.responseStart - nav.requestStart,
      download: nav.responseEnd - nav.responseStart,
      drawn: mark('loopmap-flows-drawn') - nav.responseEnd,
      fonts: mark('loopmap-fonts-ready') - mark('loopmap-flows-drawn'),
      copy: mark('loopmap-print-ready') - mark('loopmap-fonts-ready'),
    };
  });
  if (!phases) return;
  for (const [name, ms] of Object.entries(phases)) timings.add(`view-${name}`, ms);
}

/**
 * Runs `job` on a page of its own when the queue has a free slot. The queue's timeout
 * closes the page, which ends any wait in the job; the job gets the queue's signal too,
 * to stop work outside the page (the SVG converter).
 */
function inQueue<T>(openPage: () => Promise<Page>, job: (page: Page, signal: AbortSignal) => Promise<T>, timings: ExportTimings): Promise<T> {
  return exportQueue().run(async (signal) => {
    timings.lap('queue');
    const page = await openPage();
    timings.lap('page');
    const stop = () => void page.close().catch(() => undefined);
    // The deadline may have passed while the page opened (a browser slow to start).
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
    try {
      return await job(page, signal);
    } finally {
      signal.removeEventListener('abort', stop);
      await page.close().catch(() => undefined);
    }
  });
}

/** A page in a context of its own, for images: their viewport and pixel ratio depend on the map. */
async function imagePage(viewport: { width: number; height: number }, deviceScaleFactor: number): Promise<Page> {
  const browser = await exportBrowser();
  const context = await browser.newContext({ viewport, deviceScaleFactor, javaScriptEnabled: true });
  context.setDefaultTimeout(0);
  context.setDefaultNavigationTimeout(0);
  try {
    const page = await context.newPage();
    // The context lives as long as its one page.
    page.on('close', () => void context.close().catch(() => undefined));
    return page;
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

export async function renderPdf(mapId: string, options: PdfOptions, timings = new ExportTimings()): Promise<Buffer> {
  return inQueue(
    takePdfPage,
    async (page) => {
      await openPrintView(page, mapId, { mode: 'pdf', options }, timings);
      // The @page rules of the print view set the paper size and margins.
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false });
      timings.lap('pdf');
      await recordViewPhases(page, timings);
      return pdf;
    },
    timings,
  );
}

function imageViewport(document: JourneyDocument, scale: number) {
  const bounds = mapBounds(document);
  // The bounds already hold the map's padding (lib/export/bounds.ts).
  const width = Math.ceil(bounds.width);
  const height = Math.ceil(bounds.height);
  const deviceScaleFactor = Math.min(scale, MAX_IMAGE_EDGE_PX / Math.max(width, height));
  return { viewport: { width, height }, deviceScaleFactor };
}

export async function renderPng(mapId: string, document: JourneyDocument): Promise<Buffer> {
  const { viewport, deviceScaleFactor } = imageViewport(document, PNG_SCALE);
  const timings = new ExportTimings();
  return inQueue(
    () => imagePage(viewport, deviceScaleFactor),
    async (page) => {
      await openPrintView(page, mapId, { mode: 'image' }, timings);
      return page.locator('#print-image').screenshot({ type: 'png', animations: 'disabled' });
    },
    timings,
  );
}

/**
 * The map as vector SVG: the image view printed as ONE PDF page exactly the size of the
 * map's bounds (which include their padding as the margin), then converted by pdftocairo.
 * Printing keeps shapes, paths and glyphs as vectors, which the screen-based serialisers
 * could not (they wrap HTML in a foreignObject that no design tool reads).
 */
export async function renderSvg(mapId: string, document: JourneyDocument): Promise<string> {
  const { viewport } = imageViewport(document, 1);
  const timings = new ExportTimings();
  return inQueue(
    () => imagePage(viewport, 1),
    async (page, signal) => {
      await openPrintView(page, mapId, { mode: 'image' }, timings);
      const pdf = await page.pdf({
        width: `${viewport.width}px`,
        height: `${viewport.height}px`,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
        printBackground: true,
        // Rounding to points may spill a sliver onto a second page; only the first is the map.
        pageRanges: '1',
        tagged: false,
        outline: false,
      });
      return roundSvgNumbers(sizeSvgInPixels(await pdfToSvg(pdf, { signal })));
    },
    timings,
  );
}
