import { expect, test } from '@playwright/test';
import { createMapViaApi, getMapViaApi, MapsPage, uniqueName } from './support';

test.describe('maps list', () => {
  test('rename a map from its menu', async ({ page, request }) => {
    const name = uniqueName('Rename me');
    const id = await createMapViaApi(request, name, 'loop');
    const maps = new MapsPage(page);
    await maps.goto();

    await maps.openMenu(name, 'Rename');
    const dialog = page.getByRole('dialog', { name: 'Rename map' });
    const field = dialog.getByRole('textbox', { name: 'Name' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(name);

    // An empty name is refused in place.
    await field.fill('   ');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Give the map a name.');

    const renamed = uniqueName('Renamed');
    await field.fill(renamed);
    await field.press('Enter');
    // The confirmation first: it shows for a few seconds only, and each step is slow on CI.
    await expect(page.getByRole('status').filter({ hasText: 'Map renamed' })).toBeVisible();
    await expect(dialog).toBeHidden();

    await maps.search.fill(renamed);
    await expect(page.getByRole('link', { name: renamed, exact: true })).toBeVisible();
    await expect.poll(async () => (await getMapViaApi(request, id)).name).toBe(renamed);
  });

  test('duplicate a map', async ({ page, request }) => {
    const name = uniqueName('Original');
    const id = await createMapViaApi(request, name, 'lifecycle');
    const original = await getMapViaApi(request, id);
    const maps = new MapsPage(page);
    await maps.goto();

    await maps.openMenu(name, 'Duplicate');
    await expect(page.getByRole('status').filter({ hasText: 'Map duplicated' })).toBeVisible();

    // The copy carries the original's name and appears in the list next to it.
    await maps.search.fill(name);
    const rows = page.getByTestId('map-row');
    await expect(rows).toHaveCount(2);
    const ids = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-map-id')!));
    const copyId = ids.find((x) => x !== id)!;
    const copy = await getMapViaApi(request, copyId);
    expect(copy.name).toContain(name);
    expect(copy.document.nodes.length).toBe(original.document.nodes.length);
  });

  test('delete a map only after confirming', async ({ page, request }) => {
    const name = uniqueName('Delete me');
    const id = await createMapViaApi(request, name);
    const maps = new MapsPage(page);
    await maps.goto();

    // Cancelling keeps the map, and focus starts on the safe choice.
    await maps.openMenu(name, 'Delete');
    let dialog = page.getByRole('dialog', { name: 'Delete this map?' });
    await expect(dialog).toContainText(name);
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    expect((await request.get(`/api/maps/${id}`)).status()).toBe(200);

    await maps.openMenu(name, 'Delete');
    dialog = page.getByRole('dialog', { name: 'Delete this map?' });
    await dialog.getByRole('button', { name: 'Delete map' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
    expect((await request.get(`/api/maps/${id}`)).status()).toBe(404);
  });

  test('search filters by name as you type', async ({ page, request }) => {
    const tag = uniqueName('Zebra').split(' ')[1];
    const names = [`Spring launch ${tag}`, `Spring sale ${tag}`, `Autumn café ${tag}`];
    for (const name of names) await createMapViaApi(request, name);
    const maps = new MapsPage(page);
    await maps.goto();

    // "/" jumps to the search box. The shortcut listens from hydration on, which can follow
    // the server-rendered page by a while on a busy machine: a key pressed before that does
    // nothing, as for a person, so the press is repeated until the page answers it.
    await expect(async () => {
      await page.locator('body').press('/');
      await expect(maps.search).toBeFocused({ timeout: 1_000 });
    }).toPass();

    await page.keyboard.type(tag);
    await expect(page.getByTestId('map-row')).toHaveCount(3);
    await maps.search.fill(`spring ${tag}`);
    await expect(page.getByTestId('map-row')).toHaveCount(2);
    // Accents and case do not matter.
    await maps.search.fill(`CAFE ${tag}`);
    await expect(page.getByTestId('map-row')).toHaveCount(1);
    await expect(page.getByTestId('map-row')).toContainText(`Autumn café ${tag}`);

    await maps.search.fill(`nothing like this ${tag}`);
    await expect(page.getByText('No maps match your search')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search' }).first().click();
    await expect(maps.search).toHaveValue('');
    // The list follows the search a moment later (a deferred value): wait for it.
    await expect.poll(() => page.getByTestId('map-row').count()).toBeGreaterThanOrEqual(3);
  });

  test('the whole row opens the map, and the menu works from the keyboard', async ({ page, request }) => {
    const name = uniqueName('Keyboard');
    const id = await createMapViaApi(request, name, 'loop');
    const maps = new MapsPage(page);
    await maps.goto();
    const row = await maps.row(name);

    const menuButton = row.getByRole('button', { name: `Actions for ${name}` });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Rename' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Duplicate' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(menuButton).toBeFocused();

    await row.getByRole('link', { name }).click();
    await page.waitForURL(`**/maps/${id}`);
  });
});
