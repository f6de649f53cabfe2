import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_DATABASE_PATH } from '../support/env';
import { SCREENSHOT_DIR, createStore, orderFixture } from './support';

test('a store whose history file is gone: its page, the list, a map compared with it and its insights say so, imports are refused, and it can be deleted from its page', async ({
  page,
  request,
}) => {
  const storeId = await createStore(request, 'Lost history');
  const healthyId = await createStore(request, 'Still fine');
  const created = await request.post('/api/maps', { data: { name: 'Compared with a lost store', template: 'workshop' } });
  expect(created.status()).toBe(201);
  const { id: mapId } = await created.json();
  try {
    expect((await request.put(`/api/maps/${mapId}/store`, { data: { storeId } })).status()).toBe(200);
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

    // What reads its orders says what is wrong and what to do (not the file's path).
    const missing = "This store's orders cannot be read. Its order history file is missing. Restore the data folder from a backup, or delete the store.";
    for (const url of [`/api/stores/${storeId}/summary`, `/api/stores/${storeId}/insights`, `/api/maps/${mapId}/comparison`]) {
      const answer = await request.get(url);
      expect(answer.status(), url).toBe(409);
      expect(await answer.json()).toEqual({ error: missing });
    }
    const pdf = await request.get(`/api/maps/${mapId}/export.pdf?compare=1`);
    expect(pdf.status()).toBe(409);
    expect(await pdf.json()).toEqual({ error: expect.stringContaining('Its order history file is missing.') });

    // The map, in Compare mode, and the store's insights page say it too.
    await page.goto(`/maps/${mapId}?compare=actual`);
    await expect(page.getByTestId('compare-error')).toHaveText(missing);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/compare-with-missing-history.png` });
    await page.goto(`/stores/${storeId}/insights`);
    await expect(page.getByRole('alert').filter({ hasText: missing })).toBeVisible();

    // An import into it is refused up front, saying why.
    const refused = await request.post(`/api/stores/${storeId}/imports`, {
      multipart: { file: { name: 'shopify-small.csv', mimeType: 'text/csv', buffer: fs.readFileSync(orderFixture('shopify-small.csv')) } },
    });
    expect(refused.status()).toBe(409);
    expect(await refused.json()).toEqual({ error: expect.stringContaining('Its order history file is missing.') });

    // Its own page says what is wrong and what to do, in place of its figures and the import panel.
    await page.goto(`/stores/${storeId}`);
    await expect(page.getByRole('heading', { name: 'Lost history', level: 1 })).toBeVisible();
    const problem = page.getByTestId('store-problem');
    await expect(problem).toHaveAttribute('role', 'alert');
    await expect(problem).toContainText('Restore the data folder from a backup, or delete the store.');
    await expect(page.getByText('Damaged', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Import orders' })).toHaveCount(0);
    await expect(page.getByTestId('store-insights-link')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Import history' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/store-history-missing.png` });

    // The list of stores still shows every store, this one marked as damaged.
    await page.goto('/stores');
    const row = page.getByTestId('store-row').filter({ hasText: 'Lost history' });
    await expect(row.getByText('Damaged')).toBeVisible();
    await expect(row).toContainText('Its order history file is missing.');
    await expect(page.getByTestId('store-row').filter({ hasText: 'Still fine' })).not.toContainText('Damaged');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/stores-with-damaged-store.png` });

    // Deleted from its own page, with the confirmation every store gets.
    await row.getByRole('link', { name: 'Lost history' }).click();
    await expect(page.getByTestId('store-problem')).toBeVisible();
    await page.getByRole('button', { name: 'Delete Lost history' }).click();
    await page.getByRole('dialog', { name: 'Delete “Lost history”?' }).getByRole('button', { name: 'Delete store' }).click();
    await expect(page).toHaveURL(/\/stores$/);
    await expect(page.getByTestId('store-row').filter({ hasText: 'Lost history' })).toHaveCount(0);
    expect(fs.readdirSync(historyDir).filter((name) => name.startsWith(`${storeId}.`))).toEqual([]);
    // The map, unlinked with the store, is still there to edit.
    expect((await (await request.get(`/api/maps/${mapId}`)).json()).storeId).toBeNull();
  } finally {
    // Left behind, a store would be in every later test's list of stores.
    await request.delete(`/api/maps/${mapId}`);
    await request.delete(`/api/stores/${storeId}`);
    expect((await request.delete(`/api/stores/${healthyId}`)).status()).toBe(204);
  }
});
