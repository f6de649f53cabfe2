import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { SCREENSHOT_DIR, waitForDemo, type DemoFixture } from './support';

/** The insights page of the demo store: figures as the API has them, and a segment exported as CSV. */

let demo: DemoFixture;

test.beforeAll(async ({ request }) => {
  test.setTimeout(240_000);
  demo = await waitForDemo(request);
});

interface InsightsApi {
  kpis: { customers: number };
  secondPurchaseByDay: Record<string, number | null>;
  segments: Array<{ segment: string; customers: number }>;
}

async function insightsViaApi(request: import('@playwright/test').APIRequestContext, query = ''): Promise<InsightsApi> {
  const response = await request.get(`/api/stores/${demo.storeId}/insights${query ? `?${query}` : ''}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as InsightsApi;
}

test('the store page links to insights that match the API', async ({ page, request }) => {
  const api = await insightsViaApi(request);
  await page.goto(`/stores/${demo.storeId}`);
  await page.getByTestId('store-insights-link').click();
  await page.waitForURL(`**/stores/${demo.storeId}/insights`);
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(page.locator('[data-kpi="Customers"]')).toHaveText(api.kpis.customers.toLocaleString('en-US'));
  for (const row of api.segments) {
    await expect(page.getByTestId(`segment-row-${row.segment}`)).toHaveAttribute('data-customers', String(row.customers));
  }
  await expect(page.getByTestId('cohort-table')).toBeVisible();
  await expect(page.getByTestId('first-products-table').getByRole('row')).not.toHaveCount(1);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/insights.png`, fullPage: true });
});

test('a segment exports one CSV row per customer, and edited thresholds apply', async ({ page, request }) => {
  await page.goto(`/stores/${demo.storeId}/insights`);
  const row = page.getByTestId('segment-row-lapsed');
  await expect(row).toBeVisible();
  const customers = Number(await row.getAttribute('data-customers'));
  expect(customers).toBeGreaterThan(0);

  const href = await page.getByTestId('segment-csv-lapsed').getAttribute('href');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/attachment; filename=".+\.csv"/);
  const rows = Papa.parse<string[]>((await response.text()).trim()).data;
  expect(rows[0]).toEqual(['segment', 'customer', 'first_purchase_at', 'last_purchase_at', 'purchases', 'revenue']);
  expect(rows.length - 1).toBe(customers);
  for (const cells of rows.slice(1)) {
    expect(cells[0]).toBe('Lapsed');
    expect(Number(cells[4])).toBeGreaterThanOrEqual(2); // lapsed customers have 2+ purchases
    expect(cells[1]).not.toMatch(/^[=+\-@]/); // never a formula
  }

  // A longer "new" period moves customers into New.
  const edited = await insightsViaApi(request, 'newDays=90');
  await page.getByTestId('threshold-newDays').fill('90');
  const newRow = page.getByTestId('segment-row-new');
  await expect(newRow).toHaveAttribute('data-customers', String(edited.segments.find((s) => s.segment === 'new')!.customers));
  const editedHref = await page.getByTestId('segment-csv-new').getAttribute('href');
  expect(editedHref).toContain('newDays=90');
});

test('the filters narrow every figure', async ({ page, request }) => {
  const options = (await (await request.get(`/api/stores/${demo.storeId}/filter-options`)).json()) as { countries: Array<{ value: string }> };
  const country = options.countries[0].value;
  const filtered = await insightsViaApi(request, `country=${encodeURIComponent(country)}`);
  await page.goto(`/stores/${demo.storeId}/insights`);
  await page.getByTestId('insights-filter-country').selectOption(country);
  await expect(page.locator('[data-kpi="Customers"]')).toHaveText(filtered.kpis.customers.toLocaleString('en-US'));
});
