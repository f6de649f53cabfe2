import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { formatMoney } from '../../lib/format/numbers';
import { SCREENSHOT_DIR, chooseImportFile, createStore, orderFixture, summaryValue } from './support';

test.describe('importing a Shopify export', () => {
  test('is recognised, imported without questions, and summarised', async ({ page, request }) => {
    const storeId = await createStore(request, 'Shopify shop');
    await page.goto(`/stores/${storeId}`);

    await chooseImportFile(page, orderFixture('shopify-small.csv'));

    // No mapping screen for Shopify: straight to the result.
    await expect(page.getByTestId('import-summary')).toBeVisible();
    await expect(page.getByTestId('mapping-screen')).toHaveCount(0);
    await expect(page.getByTestId('import-result')).toContainText('Imported');

    // 9 orders in the file; #1008's date cannot be read, so 8 are imported.
    await expect(summaryValue(page, 'Orders')).toHaveText('8');
    // Purchases: not the refunded #1004 nor the voided #1005.
    await expect(summaryValue(page, 'Purchases')).toHaveText('6');
    // ada (twice with different case/space), bo, cy, dee; the anonymous POS order has none.
    await expect(summaryValue(page, 'Customers')).toHaveText('4');
    await expect(summaryValue(page, 'Line items')).toHaveText('9');
    await expect(summaryValue(page, 'Date range')).toHaveText('Jan 5, 2025 – Mar 15, 2025');
    const skipped = page.getByTestId('skipped-rows');
    await expect(skipped).toBeVisible();
    await expect(skipped.getByRole('row')).toHaveCount(2); // header + one reason
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-summary.png'), fullPage: true });

    // The rejected rows download: original row number and reason.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download rejected rows (CSV)' }).click();
    const file = await (await download).path();
    const csv = fs.readFileSync(file, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toMatch(/^row,reason/);
    expect(csv).toMatch(/\n10,/); // #1008 is on line 10 of the file

    // The store's figures and history follow.
    await expect(page.getByTestId('import-history')).toContainText('shopify-small.csv');
    await expect(page.getByTestId('import-history')).toContainText('Done');
    const summary = await (await request.get(`/api/stores/${storeId}/summary`)).json();
    expect(summary).toMatchObject({ orders: 8, purchases: 6, customers: 4 });
    expect(summary.firstOrderAt).toBe('2025-01-05T15:00:00.000Z');
    // The summary's revenue is the store's net revenue of purchases.
    expect(summary.revenue).toBeGreaterThan(0);
    await expect(summaryValue(page, 'Revenue')).toHaveText(formatMoney(summary.revenue));
  });

  test('the same file twice updates the orders instead of duplicating them', async ({ request }) => {
    const storeId = await createStore(request, 'Twice');
    for (let i = 0; i < 2; i++) {
      const started = await request.post(`/api/stores/${storeId}/imports`, {
        multipart: { file: { name: 'shopify-small.csv', mimeType: 'text/csv', buffer: fs.readFileSync(orderFixture('shopify-small.csv')) } },
      });
      expect(started.status()).toBe(202);
      const { importId } = await started.json();
      await expect
        .poll(async () => (await (await request.get(`/api/imports/${importId}`)).json()).status, { timeout: 30_000 })
        .toBe('done');
    }
    const summary = await (await request.get(`/api/stores/${storeId}/summary`)).json();
    expect(summary).toMatchObject({ orders: 8, purchases: 6, customers: 4, imports: 2 });
  });

  test('a large export shows its progress while the app stays usable', async ({ page, request }, testInfo) => {
    test.setTimeout(120_000);
    const storeId = await createStore(request, 'Big shop');
    const file = testInfo.outputPath('big-shopify.csv');
    // 150,000 line rows, about 21 MB: big enough that the import takes a while to run.
    writeBigShopifyFile(file, 150_000);

    await page.goto(`/stores/${storeId}`);
    await chooseImportFile(page, file);

    const progress = page.getByTestId('import-progress');
    await expect(progress).toBeVisible();
    await expect(progress.getByRole('progressbar')).toBeVisible();
    await expect(progress).toContainText('Time left');
    await expect(progress.getByTestId('progress-rows')).toBeVisible();
    // The server is not blocked by the import: another request answers meanwhile.
    const health = await request.get('/api/health');
    expect(health.ok()).toBe(true);

    await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 90_000 });
    await expect(summaryValue(page, 'Orders')).toHaveText('75,000');
  });
});

/** A Shopify export of `orders * 2` line rows, written in chunks (two lines per order). */
function writeBigShopifyFile(file: string, lineRows: number) {
  const header = fs.readFileSync(orderFixture('shopify-small.csv'), 'utf8').split('\n')[0];
  const columns = header.split(',');
  const at = (name: string) => columns.indexOf(name);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, `${header}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < lineRows; i++) {
    const order = Math.floor(i / 2);
    const cells = new Array<string>(columns.length).fill('');
    cells[at('Name')] = `#${100000 + order}`;
    cells[at('Email')] = `c${order % 30000}@example.com`;
    cells[at('Created at')] = `2025-0${1 + (order % 9)}-1${order % 10} 10:00:00 +0000`;
    cells[at('Lineitem quantity')] = '1';
    cells[at('Lineitem name')] = i % 2 ? 'Mug' : 'Beans';
    cells[at('Lineitem price')] = '10.00';
    if (i % 2 === 0) {
      cells[at('Financial Status')] = 'paid';
      cells[at('Currency')] = 'USD';
      cells[at('Total')] = '20.00';
      cells[at('Id')] = String(900000 + order);
      cells[at('Source')] = 'web';
    }
    chunk.push(cells.join(','));
    if (chunk.length === 5000) {
      fs.writeSync(fd, `${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length) fs.writeSync(fd, `${chunk.join('\n')}\n`);
  fs.closeSync(fd);
}
