import { expect, test } from '@playwright/test';
import { mapBounds } from '../../lib/export/bounds';
import { planPrint } from '../../lib/export/plan';
import { generatedMap } from '../../lib/export/test-maps';
import { waitForDemo } from '../compare/support';
import { createFromTemplate, createMapWith, pdfFonts, pdfImageCount, pdfInfo, pdfText, saveTemp, titlesOf } from './support';

test.describe('PDF export', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the workshop template: every title is selectable text, fonts are embedded, an appendix follows', async ({ request }) => {
    const { id, document } = await createFromTemplate(request, 'workshop', 'Workshop export');
    const res = await request.get(`/api/maps/${id}/export.pdf?size=A4&orientation=landscape&appendix=1`);
    expect(res.status(), await res.text().catch(() => '')).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['content-disposition']).toContain('Workshop export.pdf');
    const file = saveTemp(await res.body(), 'pdf');

    const text = pdfText(file);
    for (const title of titlesOf(document)) expect(text, `title "${title}"`).toContain(title.replace(/\s+/g, ' '));
    // The appendix carries every workshop question.
    for (const node of document.nodes) {
      if (node.kind !== 'touchpoint') continue;
      for (const q of node.data.questions) expect(text).toContain(q.question.replace(/\s+/g, ' '));
    }
    expect(text).toContain('Appendix');
    expect(text).toContain('Legend');

    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);

    const plan = planPrint(mapBounds(document), 'A4', 'landscape');
    const info = pdfInfo(file);
    expect(info.width).toBeCloseTo(841.9, 0);
    expect(Math.abs(info.height - 595.3)).toBeLessThan(1);
    expect(info.pages).toBeGreaterThan(plan.mapPages);
  });

  test('a small map fits on one page, in the size and orientation asked for', async ({ request }) => {
    const document = generatedMap(2, 3, 'Small map');
    const id = await createMapWith(request, document);
    const res = await request.get(`/api/maps/${id}/export.pdf?size=Letter&orientation=portrait&appendix=0`);
    expect(res.status()).toBe(200);
    const file = saveTemp(await res.body(), 'pdf');
    expect(planPrint(mapBounds(document), 'Letter', 'portrait').mode).toBe('fit');
    const info = pdfInfo(file);
    expect(info.pages).toBe(1);
    expect(Math.abs(info.width - 612)).toBeLessThan(1);
    expect(Math.abs(info.height - 792)).toBeLessThan(1);
    const text = pdfText(file);
    for (const title of titlesOf(document)) expect(text).toContain(title);
    expect(text).toContain('Small map');
  });

  // One 200-node PDF for both checks: printing it takes over a minute on a busy 2-core machine.
  test('a 200-node map is tiled after an overview page, with labels saying where it continues, and with its appendix stays under 2 MB', async ({
    request,
  }) => {
    test.setTimeout(240_000);
    const document = generatedMap(12, 17, 'Large tiled map');
    expect(document.nodes.length).toBeGreaterThanOrEqual(200);
    const id = await createMapWith(request, document);
    const plan = planPrint(mapBounds(document), 'A4', 'portrait');
    expect(plan.mode).toBe('tiled');
    expect(plan.tiles.length).toBeGreaterThan(1);

    const res = await request.get(`/api/maps/${id}/export.pdf?size=A4&orientation=portrait&appendix=1`);
    expect(res.status()).toBe(200);
    const bytes = await res.body();
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const file = saveTemp(bytes, 'pdf');
    expect(pdfInfo(file).pages).toBeGreaterThan(plan.mapPages); // the appendix follows the map's pages
    const text = pdfText(file);
    for (const title of titlesOf(document)) expect(text).toContain(title);
    expect(text).toContain(`Part 2 of ${plan.tiles.length}`);
    expect(text).toContain('Continues on page 3');
    expect(text).toContain('Appendix');
  });

  test('a 200-node map with the comparison overlay stays well under 2 MB: vector only, each tile holding its own part of the map', async ({ request }) => {
    test.setTimeout(240_000);
    const { storeId } = await waitForDemo(request);
    const document = generatedMap(10, 19, 'Large compared map');
    expect(document.nodes.length).toBeGreaterThanOrEqual(200);
    const id = await createMapWith(request, document);
    expect((await request.put(`/api/maps/${id}/store`, { data: { storeId } })).status()).toBe(200);
    const plan = planPrint(mapBounds(document), 'A4', 'landscape');
    expect(plan.mode).toBe('tiled');

    const res = await request.get(`/api/maps/${id}/export.pdf?size=A4&orientation=landscape&compare=1&appendix=1`, { timeout: 180_000 });
    expect(res.status(), await res.text().catch(() => '')).toBe(200);
    const bytes = await res.body();
    expect(bytes.length).toBeLessThan(1.5 * 1024 * 1024);
    const file = saveTemp(bytes, 'pdf');
    // Blurred shadows print as bitmaps; the map must be text and paths only.
    expect(pdfImageCount(file)).toBe(0);
    const text = pdfText(file);
    expect(text).toContain('drop off'); // the overlay's figures on the arrows
    for (const title of titlesOf(document)) expect(text).toContain(title);

    // The first tile (top left) shows the start of the first lane and nothing of the last one.
    const firstTile = pdfText(file, plan.tiles[0].page);
    expect(firstTile).toContain('Touchpoint 1.1');
    expect(firstTile).not.toContain('Touchpoint 10.');
    const lastTile = pdfText(file, plan.tiles[plan.tiles.length - 1].page);
    expect(lastTile).toContain('Touchpoint 10.19');
    expect(lastTile).not.toContain('Touchpoint 1.');
  });

  test('the actual-data overlay draws the figures on the map, with the filters in use', async ({ request }) => {
    const { mapId, storeId } = await waitForDemo(request);
    const filtered = await request.get(`/api/maps/${mapId}/comparison?storeId=${storeId}&country=US`);
    const figures = (await filtered.json()) as { customers: number; nodes: Record<string, { onTime: number; eligible: number }> };
    const second = figures.nodes['ms-second-order'];

    const res = await request.get(`/api/maps/${mapId}/export.pdf?compare=1&storeId=${storeId}&country=US&appendix=1`, { timeout: 120_000 });
    expect(res.status(), await res.text().catch(() => '')).toBe(200);
    const text = pdfText(saveTemp(await res.body(), 'pdf'));
    expect(text).toContain('Ideal journey compared with');
    expect(text).toContain('customers with country US');
    // The milestone badge on the map carries the filtered counts, as Compare mode shows them.
    const count = (n: number) => n.toLocaleString('en-US');
    expect(text).toMatch(new RegExp(`on time · ?${count(second.onTime)} ?/ ?${count(second.eligible)}`));
    expect(text).toContain('On or above target'); // the overlay's legend
    expect(text).toContain(figures.customers.toLocaleString('en-US')); // KPIs in the appendix

    const everyone = pdfText(saveTemp(await (await request.get(`/api/maps/${mapId}/export.pdf?compare=1&appendix=0`, { timeout: 120_000 })).body(), 'pdf'));
    expect(everyone).toContain('every customer');
    const bad = await request.get(`/api/maps/${mapId}/export.pdf?compare=1&from=2025-13-45`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toContain('from');
  });

  test('bad options and unknown maps are refused with a message naming the problem', async ({ request }) => {
    const { id } = await createFromTemplate(request, 'blank', 'Options');
    const bad = await request.get(`/api/maps/${id}/export.pdf?size=A5`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toContain('size');
    const compare = await request.get(`/api/maps/${id}/export.pdf?compare=1`);
    expect(compare.status()).toBe(409);
    expect((await compare.json()).error).toContain('Link a store');
    const missing = await request.get('/api/maps/00000000-0000-4000-8000-000000000000/export.pdf');
    expect(missing.status()).toBe(404);
  });

  test('the print view opens only with a valid token', async ({ request }) => {
    const { id } = await createFromTemplate(request, 'loop', 'Token map');
    expect((await request.get(`/print/${id}`)).status()).toBe(404);
    expect((await request.get(`/print/${id}?token=forged.token`)).status()).toBe(404);
    const forged = Buffer.from(JSON.stringify({ mapId: id, request: { mode: 'image' }, exp: Date.now() + 60_000 })).toString('base64url');
    expect((await request.get(`/print/${id}?token=${forged}.AAAA`)).status()).toBe(404);
  });
});
