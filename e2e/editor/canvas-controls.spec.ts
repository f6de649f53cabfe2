import { expect, test } from '@playwright/test';
import { createMapViaApi, EditorPage, getMapViaApi, uniqueName } from './support';

type Positions = Record<string, { x: number; y: number }>;

async function positions(editor: EditorPage): Promise<Positions> {
  const doc = await editor.localDocument();
  return Object.fromEntries(doc.nodes.map((n: { id: string; position: { x: number; y: number } }) => [n.id, n.position]));
}

/** The canvas toolbar: zoom, fit, snap to grid, and auto-layout as one undoable step. */
test('zoom, snap to grid, and auto-layout of the whole map undone in one step', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, uniqueName('Canvas controls'), 'lifecycle');
  const editor = new EditorPage(page);
  await editor.goto(mapId);
  const viewport = page.locator('.react-flow__viewport');
  const scaleOf = async () => Number(/scale\(([\d.]+)\)/.exec((await viewport.getAttribute('style')) ?? '')?.[1]);

  // The map opens fitted to the view: the lifecycle template is too wide for zoom 1. That fit
  // runs once the canvas has its size and may animate, so read the zoom only after it held
  // still for one interval (NaN first, so the first read can never count as "settled").
  await expect.poll(scaleOf).toBeLessThan(1);
  let fitted = Number.NaN;
  await expect
    .poll(async () => {
      const [previous, now] = [fitted, (fitted = await scaleOf())];
      return previous === now;
    }, { intervals: [400] })
    .toBe(true);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(scaleOf).toBeGreaterThan(fitted);
  await page.getByRole('button', { name: 'Fit the map in view' }).click();
  await expect.poll(scaleOf).toBeCloseTo(fitted, 2);

  // Snap to grid is on by default: a drag lands on the grid; off, it lands where dropped.
  const snap = page.getByRole('button', { name: 'Snap to grid' });
  await expect(snap).toHaveAttribute('aria-pressed', 'true');
  const note = await editor.add('note');
  await editor.drag(note, 37, 23);
  await editor.waitSaved();
  const snapped = (await positions(editor))[note];
  expect([Math.abs(snapped.x % 16), Math.abs(snapped.y % 16)]).toEqual([0, 0]);
  await snap.click();
  await expect(snap).toHaveAttribute('aria-pressed', 'false');

  const before = await positions(editor);
  await page.getByRole('button', { name: 'Auto-layout the whole map' }).click();
  await expect.poll(async () => JSON.stringify(await positions(editor))).not.toBe(JSON.stringify(before));
  await editor.waitSaved();
  const laidOut = (await getMapViaApi(request, mapId)).document.nodes;
  expect(laidOut.length).toBe(Object.keys(before).length);

  await editor.pressShortcut('Control+z');
  await expect.poll(async () => positions(editor)).toEqual(before);
});
