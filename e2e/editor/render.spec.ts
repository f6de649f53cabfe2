import { expect, test } from '@playwright/test';
import { createMapViaApi, EditorPage, uniqueName } from './support';

test('dragging one node re-renders that node only', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, uniqueName('Render probe'), 'workshop');
  const editor = new EditorPage(page);
  await editor.goto(mapId);
  const persona = editor.nodeByText('Ideal customer').first();
  await expect(persona).toBeVisible();
  const id = (await persona.getAttribute('data-id'))!;
  // Let the first measurements settle, then take the baseline.
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => ({ ...window.__loopmapRenderCounts }));
  expect(Object.keys(before).length).toBeGreaterThan(20);

  await editor.drag(id, 60, 40);
  await expect.poll(async () => (await editor.localDocument()).nodes.find((n) => n.id === id)?.position).not.toEqual(undefined);
  await page.waitForTimeout(300);
  const after = await page.evaluate(() => ({ ...window.__loopmapRenderCounts }));

  expect(after[id]).toBeGreaterThan(before[id]);
  const others = Object.keys(before).filter((other) => other !== id && after[other] !== before[other]);
  expect(others, 'nodes that re-rendered although they did not move').toEqual([]);
});
