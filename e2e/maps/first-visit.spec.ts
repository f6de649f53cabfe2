import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { E2E_PORT } from '../support/env';
import { startOwnServer, type OwnServer } from '../support/server';
import { SCREENSHOT_DIR } from './support';

/**
 * A real first start: the app seeds the demo store and its map. The new user must still be
 * told what Loopmap is and offered the workshop, with the demo map listed below, and that
 * map's export must offer the actual-data overlay (it is linked to the demo store).
 */
let server: OwnServer;

test.beforeAll(async () => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // The demo is seeded at start; its orders import in the background (stopped with the server).
  server = await startOwnServer(E2E_PORT + 12, undefined, { LOOPMAP_SKIP_DEMO: '0' });
});

test.afterAll(async () => {
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

test('a first start greets the user above the demo map, and its export can include the actual data', async ({ page, request }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Draw the journey of your ideal customer');
  await expect(page.getByText('Loopmap maps the journey of your ideal customer and shows how your real customers compare.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the ideal customer workshop' })).toBeVisible();
  await expect(page.getByTestId('welcome-demo-hint')).toBeVisible();
  const row = page.getByTestId('map-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Demo store journey');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/maps-first-start.png` });

  await row.getByRole('button', { name: /^Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Export…' }).click();
  const overlay = page.getByRole('checkbox', { name: /Include the actual data/ });
  await expect(overlay).toBeEnabled();
  await page.keyboard.press('Escape');

  // Once the user has a map of their own, the list is just the list.
  const created = await request.post(`${server.url}/api/maps`, { data: { name: 'Our journey', template: 'blank' } });
  expect(created.status()).toBe(201);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maps');
  await expect(page.getByTestId('welcome-demo-hint')).toHaveCount(0);
  await expect(page.getByTestId('map-row')).toHaveCount(2);
});
