import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { E2E_IMPORT_MAX_BYTES } from '../support/env';
import { chooseImportFile, createStore, orderFixture } from './support';

const csvPart = (name: string, body: string | Buffer) => ({
  name,
  mimeType: 'text/csv',
  buffer: typeof body === 'string' ? Buffer.from(body) : body,
});

test.describe('bad files', () => {
  test('a file that is not a CSV shows what is wrong, and nothing changes', async ({ page, request }) => {
    const storeId = await createStore(request, 'Careful shop');
    await page.goto(`/stores/${storeId}`);
    await chooseImportFile(page, orderFixture('not-a-csv.csv'));

    const error = page.getByTestId('import-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('not-a-csv.csv could not be imported');
    await expect(error).toContainText('not a CSV');
    // The drop zone stays, to try another file.
    await expect(page.getByTestId('drop-zone')).toBeVisible();
    const summary = await (await request.get(`/api/stores/${storeId}/summary`)).json();
    expect(summary).toMatchObject({ orders: 0, imports: 0 });
  });

  test('the import API refuses bad input with a clear message', async ({ request }) => {
    const storeId = await createStore(request, 'Strict shop');
    const post = (multipart: Record<string, unknown>) => request.post(`/api/stores/${storeId}/imports`, { multipart: multipart as never });

    const empty = await post({ file: csvPart('empty.csv', '') });
    expect(empty.status()).toBe(400);
    expect((await empty.json()).error).toMatch(/empty/i);

    const binary = await post({ file: csvPart('picture.csv', fs.readFileSync(orderFixture('not-a-csv.csv'))) });
    expect(binary.status()).toBe(400);
    expect((await binary.json()).error).toMatch(/not a CSV/);

    // Forced as Shopify, a header lacking the required columns names them.
    const missing = await post({ file: csvPart('missing.csv', fs.readFileSync(orderFixture('missing-columns.csv'))), format: 'shopify' });
    expect(missing.status()).toBe(400);
    expect((await missing.json()).error).toMatch(/Created at/);

    // A mapping naming a column the file does not have.
    const generic = fs.readFileSync(orderFixture('generic-semicolon.csv'));
    const wrongColumn = await post({
      file: csvPart('generic.csv', generic),
      format: 'generic',
      mapping: JSON.stringify({ orderId: 'Invoice', customerId: 'Client ID', createdAt: 'Order date', quantity: 'Qty', unitPrice: 'Price each' }),
    });
    expect(wrongColumn.status()).toBe(400);
    expect((await wrongColumn.json()).error).toMatch(/Order date/);

    const badJson = await post({ file: csvPart('generic.csv', generic), format: 'generic', mapping: '{not json' });
    expect(badJson.status()).toBe(400);
    expect((await badJson.json()).error).toMatch(/mapping/);

    const badZone = await post({ file: csvPart('generic.csv', generic), format: 'generic', timezone: 'Mars/Olympus' });
    expect(badZone.status()).toBe(400);
    expect((await badZone.json()).error).toMatch(/timezone/);

    const noFile = await request.post(`/api/stores/${storeId}/imports`, { data: { file: 'nope' } });
    expect(noFile.status()).toBe(400);

    const unknownStore = await request.post('/api/stores/00000000-0000-4000-8000-000000000000/imports', {
      multipart: { file: csvPart('x.csv', 'a,b\n1,2\n') },
    });
    expect(unknownStore.status()).toBe(404);
    expect((await request.get('/api/imports/00000000-0000-4000-8000-000000000000')).status()).toBe(404);

    // Nothing was imported by any of these.
    const summary = await (await request.get(`/api/stores/${storeId}/summary`)).json();
    expect(summary).toMatchObject({ orders: 0, imports: 0 });
    const history = await (await request.get(`/api/stores/${storeId}/imports`)).json();
    expect(history.imports).toEqual([]);
  });

  test('a file over the configured limit is refused with 413', async ({ request }) => {
    // The test server is started with IMPORT_MAX_BYTES (playwright.config.ts).
    const storeId = await createStore(request, 'Over the limit');
    const header = fs.readFileSync(orderFixture('shopify-small.csv'));
    const big = Buffer.concat([header, Buffer.alloc(E2E_IMPORT_MAX_BYTES + 1024, 'x')]);
    const response = await request.post(`/api/stores/${storeId}/imports`, { multipart: { file: csvPart('big.csv', big) } });
    expect(response.status()).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(new RegExp(`limit of ${E2E_IMPORT_MAX_BYTES / 1024 / 1024} MB`));
    const summary = (await (await request.get(`/api/stores/${storeId}/summary`)).json()) as { imports: number };
    expect(summary.imports).toBe(0);
  });
});
