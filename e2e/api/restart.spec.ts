import { expect, test } from '@playwright/test';
import { startOwnServer } from '../support/server';

// A restart must lose nothing: not what the API wrote, not what an editor had typed
// moments before the server was stopped (SIGTERM flushes the open documents).
test('stopping and restarting the server loses nothing', async ({ page }) => {
  test.setTimeout(600_000);
  let server = await startOwnServer(3291);
  const dataDir = server.dataDir;
  try {
    const created = await fetch(`${server.url}/api/maps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Survives restarts', template: 'workshop' }),
    });
    const { id } = await created.json();

    await page.goto(`${server.url}/maps/${id}`);
    await expect(page.getByTestId('save-status')).toHaveText(/Saved/);
    await page.getByRole('button', { name: /add note/i }).click();
    await page.getByLabel('Text', { exact: true }).fill('Typed just before the restart');
    // Stop at once, without waiting for the debounced save: the flush on SIGTERM keeps it.
    await page.waitForTimeout(300);
    expect(await server.stop('SIGTERM')).toBe(0);

    server = await startOwnServer(3291, dataDir);
    const map = await (await fetch(`${server.url}/api/maps/${id}`)).json();
    const texts = map.document.nodes.filter((n: { kind: string }) => n.kind === 'note').map((n: { data: { text: string } }) => n.data.text);
    expect(texts).toContain('Typed just before the restart');
    expect(map.document.nodes.length).toBeGreaterThan(10);
  } finally {
    await server.stop();
  }
});
