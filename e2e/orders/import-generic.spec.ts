import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR, chooseImportFile, createStore, orderFixture, summaryValue } from './support';

test.describe('importing any other CSV', () => {
  test('goes through the column mapping screen', async ({ page, request }) => {
    const storeId = await createStore(request, 'Tea shop');
    await page.goto(`/stores/${storeId}`);
    await chooseImportFile(page, orderFixture('generic-semicolon.csv'));

    const screen = page.getByTestId('mapping-screen');
    await expect(screen).toBeVisible();
    await expect(screen).toContainText('Semicolon-separated');

    // The preview shows the file's rows.
    const preview = screen.getByTestId('preview-table');
    await expect(preview.locator('tbody tr')).toHaveCount(7);
    await expect(preview).toContainText('INV-1');

    // Suggested from the header names.
    await expect(screen.locator('select[data-field="orderId"]')).toHaveValue('Invoice');
    await expect(screen.locator('select[data-field="customerId"]')).toHaveValue('Client ID');
    await expect(screen.locator('select[data-field="createdAt"]')).toHaveValue('Invoice date');
    await expect(screen.locator('select[data-field="quantity"]')).toHaveValue('Qty');
    await expect(screen.locator('select[data-field="unitPrice"]')).toHaveValue('Price each');
    // "Came from" says nothing the suggestion knows: the user picks it.
    await expect(screen.locator('select[data-field="source"]')).toHaveValue('');
    await screen.getByLabel('Source (sales channel)').selectOption('Came from');
    // Month-first dates are decided by the data (the 14th, the 20th, …).
    await expect(screen.locator('select[data-field="dateFormat"]')).toHaveValue('M/D/YYYY');
    await expect(screen.locator('select[data-field="timezone"]')).toHaveValue('UTC');
    await screen.getByLabel('Time zone').selectOption('Europe/Berlin');

    // Unmapping a required field blocks the import and says why.
    await screen.getByLabel('Order id').selectOption('');
    await screen.getByRole('button', { name: 'Import' }).click();
    await expect(screen.getByTestId('mapping-problems')).toContainText('Order id');
    await screen.getByLabel('Order id').selectOption('Invoice');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'mapping-screen.png'), fullPage: true });

    // Saved as a named preset for the next export.
    await screen.getByRole('button', { name: 'Save mapping…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this mapping' });
    await dialog.getByLabel('Name').fill('Tea shop invoices');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    const presets = (await (await request.get('/api/imports/presets')).json()) as { presets: Array<{ name: string; mapping: Record<string, string> }> };
    expect(presets.presets.find((p) => p.name === 'Tea shop invoices')?.mapping.source).toBe('Came from');

    await screen.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByTestId('import-summary')).toBeVisible();
    // INV-1…INV-6; INV-5's price cannot be read, so its only row is skipped.
    await expect(summaryValue(page, 'Orders')).toHaveText('5');
    await expect(summaryValue(page, 'Customers')).toHaveText('3');
    await expect(summaryValue(page, 'Line items')).toHaveText('6');
    await expect(page.getByTestId('skipped-rows')).toBeVisible();

    // A second store: the preset is offered and applies in one step.
    const otherId = await createStore(request, 'Tea shop 2');
    await page.goto(`/stores/${otherId}`);
    await chooseImportFile(page, orderFixture('generic-semicolon.csv'));
    const again = page.getByTestId('mapping-screen');
    await again.getByLabel('Apply a saved mapping').selectOption({ label: 'Tea shop invoices' });
    await expect(again.locator('select[data-field="source"]')).toHaveValue('Came from');
  });
});
