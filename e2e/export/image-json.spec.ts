import { expect, test } from '@playwright/test';
import { mapBounds } from '../../lib/export/bounds';
import { generatedMap } from '../../lib/export/test-maps';
import type { JourneyDocument } from '../../lib/journey/schema';
import { blankNodes } from './image-coverage';
import { createFromTemplate, createMapWith, pngSize, saveTemp, titlesOf } from './support';

test.describe('PNG and SVG export', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the PNG covers the whole map, not a viewport, and draws every node', async ({ request, page }) => {
    const document = generatedMap(8, 6, 'Wide map for PNG');
    const id = await createMapWith(request, document);
    const bounds = mapBounds(document);
    expect(bounds.width).toBeGreaterThan(1440); // wider than any editor viewport in these tests
    const res = await request.get(`/api/maps/${id}/export.png`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = await res.body();
    const size = pngSize(png);
    expect(size.width).toBeGreaterThanOrEqual(Math.floor(bounds.width));
    expect(size.height).toBeGreaterThanOrEqual(Math.floor(bounds.height));
    expect(await blankNodes(page, png, 'image/png', document)).toEqual([]);
  });

  test('the SVG is vector art of the whole map: paths and glyphs, no HTML, no bitmaps', async ({ request, page }) => {
    const { id, document } = await createFromTemplate(request, 'lifecycle', 'Lifecycle SVG');
    const res = await request.get(`/api/maps/${id}/export.svg`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/svg+xml');
    const svg = await res.text();
    saveTemp(Buffer.from(svg), 'svg');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(svg).not.toContain('<foreignObject');
    expect(svg).not.toMatch(/<image[\s>]/);
    expect(svg).not.toContain('<script');

    // The full bounds, at the map's own scale (within a pixel of rounding).
    const bounds = mapBounds(document);
    const root = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
    const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
    const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
    expect(width).toBeGreaterThanOrEqual(Math.floor(bounds.width));
    expect(width).toBeLessThanOrEqual(Math.ceil(bounds.width) + 1);
    expect(height).toBeGreaterThanOrEqual(Math.floor(bounds.height));
    expect(height).toBeLessThanOrEqual(Math.ceil(bounds.height) + 1);

    // Shapes and edges are paths; text is glyphs drawn as paths and placed with <use>,
    // at least one per letter of the titles.
    const paths = svg.match(/<path[\s>]/g)?.length ?? 0;
    expect(paths).toBeGreaterThanOrEqual(document.nodes.length + document.edges.length);
    const letters = titlesOf(document).join('').replace(/\s/g, '').length;
    const glyphUses = svg.match(/<use[^>]*href="#glyph/g)?.length ?? 0;
    expect(glyphUses).toBeGreaterThanOrEqual(letters);

    // And it draws every node where the map has it.
    expect(await blankNodes(page, Buffer.from(svg), 'image/svg+xml', document)).toEqual([]);
  });
});

/** A document with its nodes and edges in id order, to compare content regardless of order. */
function byId(document: JourneyDocument): JourneyDocument {
  const order = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { ...document, nodes: [...document.nodes].sort(order), edges: [...document.edges].sort(order) };
}

test.describe('JSON export and import', () => {
  test('a round trip loses nothing', async ({ request }) => {
    const { id, document } = await createFromTemplate(request, 'workshop', 'Round trip');
    const exported = await request.get(`/api/maps/${id}/export.json`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-disposition']).toContain('Round trip.loopmap.json');
    const file = await exported.json();
    expect(file).toMatchObject({ format: 'loopmap.map', formatVersion: 1 });
    // The file lists stages before their nodes (as the editor stores them); the content is the same.
    expect(byId(file.document)).toEqual(byId(document));

    const imported = await request.post('/api/maps/import', { data: file });
    expect(imported.status()).toBe(201);
    const { id: newId } = await imported.json();
    expect(newId).not.toBe(id);
    const copy = await (await request.get(`/api/maps/${newId}`)).json();
    expect(copy.document).toEqual(file.document);
  });

  test('a bad file is refused with the path of the problem, and nothing is created', async ({ request }) => {
    const before = (await (await request.get('/api/maps')).json()).maps.length;
    const document = generatedMap(1, 2, 'Broken');
    const broken = JSON.parse(JSON.stringify(document));
    delete broken.nodes[1].data.title;
    broken.edges.push({ id: 'dangling', source: 'n-1-1', target: 'nowhere', data: {} });
    const res = await request.post('/api/maps/import', { data: { format: 'loopmap.map', formatVersion: 1, document: broken } });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error).toContain('document.nodes[1].data.title: required');
    expect(body.problems).toContainEqual({ path: 'document.edges[1].target', message: 'no node with id "nowhere"' });
    const malformed = await request.post('/api/maps/import', { headers: { 'content-type': 'application/json' }, data: '{ not json' });
    expect(malformed.status()).toBe(400);
    expect((await (await request.get('/api/maps')).json()).maps.length).toBe(before);
  });
});
