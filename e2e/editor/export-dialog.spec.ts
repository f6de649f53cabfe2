import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { openInCompareMode, waitForDemo, type DemoFixture } from '../compare/support';

/**
 * The export dialog as a person uses it from the editor: while comparing with a filter,
 * the PDF carries the overlay with that filter, in the page size and orientation chosen.
 */
let demo: DemoFixture;

test.beforeAll(async ({ request }) => {
  test.setTimeout(240_000);
  demo = await waitForDemo(request);
});

test('Export → PDF from the editor keeps the options, the overlay and the filter in use', async ({ page }) => {
  await openInCompareMode(page, demo.mapId, 'both');
  await page.getByTestId('compare-filter-source').selectOption('web');
  await expect(page.getByTestId('compare-summary')).toBeVisible();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Export “Demo store journey”');
  const overlay = dialog.getByRole('checkbox', { name: /Include the actual data/ });
  await expect(overlay).toBeChecked(); // comparing now: the overlay is on by default
  await dialog.getByLabel('Page size').selectOption('Letter');
  await dialog.getByText('portrait', { exact: true }).click();

  const request = page.waitForRequest(/\/export\.pdf\?/);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const query = new URL((await request).url()).searchParams;
  expect(Object.fromEntries(query)).toMatchObject({ size: 'Letter', orientation: 'portrait', compare: '1', storeId: demo.storeId, source: 'web' });

  const file = test.info().outputPath('export.pdf');
  await (await download).saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+612 x 792 pts/); // Letter, portrait
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Export ready')).toBeVisible();
});
