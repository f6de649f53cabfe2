import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_DATABASE_PATH } from '../support/env';
import { SCREENSHOT_DIR, createStore, orderFixture } from './support';

test('a store whose history file is gone: an error page with a way on, marked in the list, and still deletable', async ({ page, request }) => {
  const storeId = await createStore(request, 'Lost history');
  const healthyId = await createStore(request, 'Still fine');
  try {
    const started = await request.post(`/api/stores/${storeId}/imports`, {
      multipart: { file: { name: 'shopify-small.csv', mimeType: 'text/csv', buffer: fs.readFileSync(orderFixture('shopify-small.csv')) } },
    });
    expect(started.status()).toBe(202);
    const { importId } = await started.json();
    await expect.poll(async () => (await (await request.get(`/api/imports/${importId}`)).json()).status, { timeout: 30_000 }).toBe('done');

    // The store's history file is deleted behind the app's back.
    const historyDir = path.join(path.dirname(E2E_DATABASE_PATH), 'history');
    const files = fs.readdirSync(historyDir).filter((name) => name.startsWith(`${storeId}.`));
    expect(files).toHaveLength(1);
    fs.rmSync(path.join(historyDir, files[0]));

    const summary = await request.get(`/api/stores/${storeId}/summary`);
    expect(summary.status()).toBe(500);
    expect(await summary.json()).toEqual({ error: expect.stringContaining('nothing was changed') });

    await page.goto(`/stores/${storeId}`);
    const alert = page.getByRole('alert').filter({ hasText: 'This page could not be shown' });
    await expect(alert.getByRole('heading', { name: 'This page could not be shown', level: 1 })).toBeVisible();
    await expect(alert).toContainText('Nothing was changed');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/store-history-missing.png` });
    await alert.getByRole('link', { name: 'Back to your maps' }).click();
    await expect(page).toHaveURL(/\/$/);

    // The list of stores still shows every store, this one marked as damaged.
    await page.goto('/stores');
    const row = page.getByTestId('store-row').filter({ hasText: 'Lost history' });
    await expect(row.getByText('Damaged')).toBeVisible();
    await expect(row).toContainText('Its order history file is missing.');
    await expect(page.getByTestId('store-row').filter({ hasText: 'Still fine' })).not.toContainText('Damaged');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/stores-with-damaged-store.png` });
  } finally {
    // Left behind, the damaged store would be in every later test's list of stores.
    expect((await request.delete(`/api/stores/${storeId}`)).status()).toBe(204);
    expect((await request.delete(`/api/stores/${healthyId}`)).status()).toBe(204);
  }
});
