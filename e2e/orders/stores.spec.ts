import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR, createStore } from './support';

test.describe('stores', () => {
  test('create, rename and delete a store, with a confirmation', async ({ page, request }) => {
    await createStore(request, 'Existing shop');
    await page.goto('/stores');
    await expect(page.getByRole('heading', { name: 'Stores', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'New store' }).first().click();
    const createDialog = page.getByRole('dialog', { name: 'New store' });
    await createDialog.getByLabel('Store name').fill('   ');
    await createDialog.getByRole('button', { name: 'Create store' }).click();
    await expect(createDialog.getByText('Give the store a name.')).toBeVisible();
    await createDialog.getByLabel('Store name').fill('Tea Garden');
    await createDialog.getByRole('button', { name: 'Create store' }).click();

    // A new store opens on its own page, ready for an import.
    await expect(page.getByRole('heading', { name: 'Tea Garden', level: 1 })).toBeVisible();
    await expect(page.getByTestId('drop-zone')).toBeVisible();
    const storeUrl = page.url();

    await page.goto('/stores');
    const row = page.getByTestId('store-row').filter({ hasText: 'Tea Garden' });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').first()).toHaveText('0'); // customers
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'stores-page.png'), fullPage: true });

    await row.getByRole('button', { name: 'Rename Tea Garden' }).click();
    const renameDialog = page.getByRole('dialog', { name: 'Rename store' });
    await renameDialog.getByLabel('Store name').fill('Tea Garden EU');
    await renameDialog.getByRole('button', { name: 'Rename' }).click();
    await expect(page.getByTestId('store-row').filter({ hasText: 'Tea Garden EU' })).toHaveCount(1);

    const renamed = page.getByTestId('store-row').filter({ hasText: 'Tea Garden EU' });
    await renamed.getByRole('button', { name: 'Delete Tea Garden EU' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Tea Garden EU”?' });
    await expect(confirm).toContainText('This cannot be undone');
    // Cancelling keeps it.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(renamed).toHaveCount(1);

    await renamed.getByRole('button', { name: 'Delete Tea Garden EU' }).click();
    await page.getByRole('dialog', { name: 'Delete “Tea Garden EU”?' }).getByRole('button', { name: 'Delete store' }).click();
    await expect(page.getByTestId('store-row').filter({ hasText: 'Tea Garden EU' })).toHaveCount(0);
    await expect(page.getByTestId('store-row').filter({ hasText: 'Existing shop' }).first()).toBeVisible();

    const gone = await page.goto(storeUrl);
    expect(gone?.status()).toBe(404);
  });

  test('stores API: create, list, rename, summary, delete; bad input is refused', async ({ request }) => {
    const id = await createStore(request, 'API store');
    const list = (await (await request.get('/api/stores')).json()) as { stores: Array<{ id: string; name: string }> };
    expect(list.stores.some((s) => s.id === id && s.name === 'API store')).toBe(true);

    const summary = await (await request.get(`/api/stores/${id}/summary`)).json();
    expect(summary).toMatchObject({ customers: 0, orders: 0, purchases: 0, revenue: 0, firstOrderAt: null, lastOrderAt: null });

    expect((await request.patch(`/api/stores/${id}`, { data: { name: 'Renamed' } })).status()).toBe(200);
    const bad = await request.patch(`/api/stores/${id}`, { data: { name: '' } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/name/);
    expect((await request.post('/api/stores', { data: { title: 'x' } })).status()).toBe(400);

    expect((await request.delete(`/api/stores/${id}`)).status()).toBe(204);
    expect((await request.get(`/api/stores/${id}/summary`)).status()).toBe(404);
    expect((await request.patch(`/api/stores/${id}`, { data: { name: 'Ghost' } })).status()).toBe(404);
  });
});
