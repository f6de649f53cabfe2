import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createMapViaApi, EditorPage, SCREENSHOT_DIR, uniqueName } from './support';

test.beforeAll(() => fs.mkdirSync(SCREENSHOT_DIR, { recursive: true }));

test('screenshots: the workshop template in the editor, and the inspector', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, uniqueName('Ideal customer workshop'), 'workshop');
  const editor = new EditorPage(page);
  await editor.goto(mapId);
  await expect(editor.nodes.first()).toBeVisible();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'workshop-editor.png') });
  // The whole workshop fits only at a small zoom; closer in, its cards can be read.
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewport).not.toHaveAttribute('style', before ?? '');
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'workshop-editor-closer.png') });
  await page.getByRole('button', { name: 'Fit the map in view' }).click();
  await page.waitForTimeout(400);

  const touchpoint = editor.nodeByText('first hear').first();
  await touchpoint.click({ position: { x: 12, y: 8 } });
  await expect(editor.inspector).toHaveAttribute('data-kind', 'touchpoint');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'inspector-touchpoint.png') });

  const milestone = page.locator('.react-flow__node-milestone').first();
  await milestone.click({ position: { x: 12, y: 8 } });
  await expect(editor.inspector).toHaveAttribute('data-kind', 'milestone');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'inspector-milestone.png') });

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'shortcuts-help.png') });
});
