import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { E2E_PORT } from '../support/env';
import { startOwnServer, type OwnServer } from '../support/server';
import { SCREENSHOT_DIR } from './support';

/**
 * The maps list as a person meets it, on a server of its own so the list holds exactly
 * what the pictures need: first empty (the welcome), then a few realistic maps.
 * The pictures go to test-results/screenshots/maps for a person to look at.
 */
test.describe.configure({ mode: 'serial' });

let server: OwnServer;

test.beforeAll(async () => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // No demo store (and so no demo map): the first picture is the empty app's welcome.
  server = await startOwnServer(E2E_PORT + 11, undefined, { LOOPMAP_SKIP_DEMO: '1' });
});

test.afterAll(async () => {
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

test('a first-time user sees what Loopmap is and the workshop as the way in', async ({ page }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Draw the journey of your ideal customer');
  await expect(page.getByText('Loopmap maps the journey of your ideal customer and shows how your real customers compare.')).toBeVisible();
  const start = page.getByRole('button', { name: 'Start the ideal customer workshop' });
  await expect(start).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/maps-welcome.png` });

  await page.getByRole('button', { name: 'Choose another template' }).click();
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await expect(dialog.getByRole('radio')).toHaveCount(4);
  // The workshop is preselected and focus starts on it.
  await expect(dialog.getByRole('radio', { name: /Ideal customer workshop/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Ideal customer workshop/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: /Before/ })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Before · during · after');
  await page.keyboard.press('ArrowLeft');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/template-picker.png` });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await start.click();
  await page.waitForURL(/\/maps\/[0-9a-f-]{36}$/);
});

test('the list with maps', async ({ page, request }) => {
  for (const [name, template] of [
    ['Customer lifecycle', 'lifecycle'],
    ['Gift buyers — holiday season', 'loop'],
    ['Subscription box: first 90 days', 'workshop'],
    ['Wholesale accounts', 'blank'],
  ] as const) {
    const response = await request.post(`${server.url}/api/maps`, { data: { name, template } });
    expect(response.status()).toBe(201);
  }
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Maps' })).toBeVisible();
  await expect(page.getByTestId('map-row')).toHaveCount(5);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/maps-list.png` });

  await page.getByTestId('map-row').first().getByRole('button', { name: /^Actions for/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/maps-list-menu.png` });
  await page.keyboard.press('Escape');

  await page.getByRole('searchbox', { name: 'Search maps by name' }).fill('gift');
  await expect(page.getByTestId('map-row')).toHaveCount(1);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/maps-list-search.png` });

  await page.getByRole('button', { name: 'New map' }).click();
  await expect(page.getByRole('dialog', { name: 'New map' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/new-map-dialog.png` });
});
