import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Order-history fixtures live in e2e/fixtures/orders/. */
export function orderFixture(name: string): string {
  return path.join(__dirname, '..', 'fixtures', 'orders', name);
}

/** Creates a store through the API (each test makes its own data). */
export async function createStore(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.post('/api/stores', { data: { name } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Picks a file in the store page's import panel, as the file dialog would. */
export async function chooseImportFile(page: Page, file: string): Promise<void> {
  await page.getByLabel('Order export file (CSV)').setInputFiles(file);
}

/** The value shown for one figure of the import summary (e.g. "Orders"). */
export function summaryValue(page: Page, label: string) {
  return page.getByTestId('import-summary').locator(`[data-summary="${label}"]`);
}

/** Screenshots for a person to look at (not compared): test-results/ is not committed. */
export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', 'test-results', 'screenshots', 'orders');
