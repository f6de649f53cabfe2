import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { targetTone } from '../../lib/format/compare';
import fs from 'node:fs';
import { comparisonViaApi, count, DEMO_MILESTONES, openInCompareMode, SCREENSHOT_DIR, waitForDemo, type DemoFixture } from './support';

/**
 * Compare mode on the seeded demo map: the badges show what the API computes, the filters
 * change them, and every number opens the customers behind it.
 */

let demo: DemoFixture;

test.beforeAll(async ({ request }) => {
  test.setTimeout(240_000);
  demo = await waitForDemo(request);
});

test('the demo map opens in Compare mode with badges that match the API', async ({ page, request }) => {
  const api = await comparisonViaApi(request, demo.mapId);
  expect(api.storeId).toBe(demo.storeId); // the demo map is linked to the demo store
  await openInCompareMode(page, demo.mapId, 'actual');
  await expect(page.getByTestId('compare-store')).toHaveValue(demo.storeId);
  await expect(page.getByTestId('compare-summary')).toHaveAttribute('data-customers', String(api.customers));

  for (const id of DEMO_MILESTONES) {
    const figures = api.nodes[id];
    const badge = page.getByTestId(`milestone-badge-${id}`);
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAttribute('data-on-time', String(figures.onTime));
    await expect(badge).toHaveAttribute('data-eligible', String(figures.eligible));
    await expect(badge).toContainText(`${count(figures.onTime)}/${count(figures.eligible)}`);
    await expect(badge).toContainText(`${((figures.onTimeShare ?? 0) * 100).toFixed(0)}%`);
    await expect(badge).toHaveAttribute('data-tone', targetTone(figures.onTimeShare, figures.target?.share ?? null));
  }
  // Touchpoints on day 7, 14 and 30, the arrows and the legend.
  for (const day of [7, 14, 30]) {
    const figures = api.touchpoints[`tp-day-${day}`];
    await expect(page.getByTestId(`touchpoint-badge-tp-day-${day}`)).toHaveAttribute('data-audience', String(figures.audience));
  }
  await expect(page.getByTestId('edge-flow-e-ms-second-order--ms-third-order')).toHaveAttribute(
    'data-converted',
    String(api.edges['e-ms-second-order--ms-third-order'].converted),
  );
  // The path 1st → 2nd purchase runs through the day 7, 14 and 30 touchpoints: its figures
  // are written once, on the segment into the 2nd purchase, not on every segment.
  await expect(page.getByTestId('edge-flow-e-tp-day-30--ms-second-order')).toBeVisible();
  await expect(page.getByTestId('edge-flow-e-tp-day-7--tp-day-14')).toHaveCount(0);
  await expect(page.getByTestId('edge-flow-e-ms-first-order--tp-day-7')).toHaveCount(0);
  const legend = page.getByTestId('compare-legend');
  await expect(legend).toBeVisible();
  await expect(legend.getByText('On or above target')).toBeHidden(); // closed, so it covers nothing
  await legend.getByText('What the figures mean').click();
  await expect(legend.getByText('On or above target')).toBeVisible();
  await legend.getByText('What the figures mean').click();
  await expect(legend.getByText('On or above target')).toBeHidden();
  await page.getByTestId('compare-mode-both').click();
  await expect(page.getByTestId('compare-toggle')).toHaveAttribute('data-mode', 'both');
  await page.mouse.move(0, 0); // no hover highlight in the picture
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/compare-mode.png` });

  // Back to Ideal: the map as drawn, no figures.
  await page.getByTestId('compare-mode-ideal').click();
  await expect(page.getByTestId('milestone-badge-ms-second-order')).toHaveCount(0);
  await expect(page.getByTestId('compare-legend')).toHaveCount(0);
  await expect(page.getByTestId('compare-bar')).toHaveCount(0);
});

test('changing a filter changes the badges', async ({ page, request }) => {
  const options = (await (await request.get(`/api/stores/${demo.storeId}/filter-options`)).json()) as { sources: Array<{ value: string }> };
  expect(options.sources.length).toBeGreaterThan(1);
  const source = options.sources[options.sources.length - 1].value; // the rarest source
  const all = await comparisonViaApi(request, demo.mapId);
  const filtered = await comparisonViaApi(request, demo.mapId, `source=${encodeURIComponent(source)}`);
  expect(filtered.customers).toBeLessThan(all.customers);

  await openInCompareMode(page, demo.mapId, 'both');
  const badge = page.getByTestId('milestone-badge-ms-second-order');
  await expect(badge).toHaveAttribute('data-eligible', String(all.nodes['ms-second-order'].eligible));
  // Channels read as names, not Shopify's codes; the filter still sends the code.
  await expect(page.getByTestId('compare-filter-source').locator('option[value="web"]')).toHaveText(/^Online store \(/);
  await page.getByTestId('compare-filter-source').selectOption(source);
  await expect(page.getByTestId('compare-summary')).toHaveAttribute('data-customers', String(filtered.customers));
  await expect(badge).toHaveAttribute('data-eligible', String(filtered.nodes['ms-second-order'].eligible));
  await expect(badge).toHaveAttribute('data-on-time', String(filtered.nodes['ms-second-order'].onTime));

  // "Used a code on the first purchase" on top of it.
  const both = await comparisonViaApi(request, demo.mapId, `source=${encodeURIComponent(source)}&discount=any`);
  await page.getByTestId('compare-filter-discount').selectOption('any');
  await expect(page.getByTestId('compare-summary')).toHaveAttribute('data-customers', String(both.customers));

  await page.getByTestId('compare-filter-clear').click();
  await expect(page.getByTestId('compare-summary')).toHaveAttribute('data-customers', String(all.customers));
});

test('clicking a number opens the customers behind it, paged, with a CSV of them all', async ({ page, request }) => {
  const api = await comparisonViaApi(request, demo.mapId);
  const eligible = api.nodes['ms-second-order'].eligible;
  expect(eligible).toBeGreaterThan(25);

  await openInCompareMode(page, demo.mapId, 'actual');
  await page.getByTestId('milestone-badge-eligible-ms-second-order').click();
  const list = page.getByTestId('customer-list');
  await expect(list).toBeVisible();
  await expect(list).toHaveAttribute('data-total', String(eligible));
  await expect(list.getByTestId('customer-row')).toHaveCount(25);
  await expect(page.getByTestId('customer-list-range')).toHaveText(`1–25 of ${count(eligible)} customers`);
  const firstPage = await list.getByTestId('customer-row').first().textContent();
  await page.getByTestId('customer-list-next').click();
  await expect(page.getByTestId('customer-list-range')).toHaveText(`26–50 of ${count(eligible)} customers`);
  await expect(list.getByTestId('customer-row').first()).not.toHaveText(firstPage ?? '');

  const href = await page.getByTestId('customer-list-csv').getAttribute('href');
  expect(href).toContain('figure=milestone%3Ams-second-order%3Aeligible');
  const csv = await request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const rows = Papa.parse<string[]>((await csv.text()).trim()).data;
  expect(rows[0]).toEqual(['customer', 'first_purchase_at', 'last_purchase_at', 'purchases', 'revenue']);
  expect(rows.length - 1).toBe(eligible);

  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
});

test('a selected milestone shows its buckets, histogram and reach curve, each chart also as a table', async ({ page, request }) => {
  const api = await comparisonViaApi(request, demo.mapId);
  const figures = api.nodes['ms-second-order'];
  await openInCompareMode(page, demo.mapId, 'both');
  await page.getByTestId('milestone-card').filter({ hasText: '2nd purchase' }).click();
  const details = page.getByTestId('milestone-details');
  await expect(details).toBeVisible();
  for (const [list, value] of [
    ['eligible', figures.eligible],
    ['onTime', figures.onTime],
    ['late', figures.late],
    ['notReached', figures.notReached],
    ['censored', figures.censored],
  ] as const) {
    await expect(details.getByTestId(`milestone-figure-${list}`)).toContainText(count(value));
  }
  expect(figures.onTime + figures.late + figures.notReached).toBe(figures.eligible);

  for (const chart of ['milestone-histogram', 'milestone-curve']) {
    const figure = details.getByTestId(chart);
    await expect(figure.locator('svg.recharts-surface')).toBeVisible();
    await figure.getByRole('button', { name: 'Show as table' }).click();
    await expect(figure.getByRole('table')).toBeVisible();
    await expect(figure.getByRole('row').nth(1)).toBeVisible();
  }
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/milestone-details.png` });
});
