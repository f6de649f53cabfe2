import { expect, test } from '@playwright/test';
import { createMapViaApi, EditorPage, getMapViaApi, uniqueName } from './support';

test('save a version, open it read-only, restore it as an undoable change', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, uniqueName('Versions'));
  const editor = new EditorPage(page);
  await editor.goto(mapId);
  const note = await editor.add('note');
  await editor.field('Text').fill('Version one text');
  await editor.waitSaved();

  await page.getByRole('tab', { name: 'Versions' }).click();
  const panel = page.getByTestId('versions-panel');
  await panel.getByRole('button', { name: 'Save version' }).click();
  await expect(panel.getByRole('alert')).toContainText('Give the version a name');
  await panel.getByPlaceholder('Version name').fill('Before the workshop');
  await panel.getByRole('button', { name: 'Save version' }).click();
  await expect(panel.getByTestId('version-item')).toHaveCount(1);
  await expect(panel.getByTestId('version-item')).toContainText('Before the workshop');

  // change the map after the version
  await page.getByRole('tab', { name: 'Details' }).click();
  await editor.select(note);
  await editor.field('Text').fill('Changed later');
  const second = await editor.add('persona');
  await editor.waitSaved();

  // open the version read-only
  await page.getByRole('tab', { name: 'Versions' }).click();
  await panel.getByRole('link', { name: 'Open' }).click();
  const view = page.getByTestId('version-view');
  await expect(view).toBeVisible();
  await expect(view).toContainText('Read-only version');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(page.locator('.react-flow__node')).toContainText('Version one text');
  await expect(page.getByRole('link', { name: 'Back to the live map' })).toBeVisible();

  // restore it from the read-only page: the editor opens and asks first
  await page.getByRole('link', { name: 'Restore this version…' }).click();
  await expect(page.getByRole('dialog')).toContainText('Restore “Before the workshop”?');
  await page.getByRole('button', { name: 'Restore version' }).click();
  await expect(page).toHaveURL(new RegExp(`/maps/${mapId}$`));
  await expect(editor.node(second)).toHaveCount(0);
  await expect(editor.node(note)).toContainText('Version one text');
  await editor.waitSaved();
  expect((await getMapViaApi(request, mapId)).document.nodes).toHaveLength(1);

  // the restore is one undoable change
  await editor.pressShortcut('Control+z');
  await expect(editor.node(second)).toBeVisible();
  await expect(editor.node(note)).toContainText('Changed later');
  await editor.waitSaved();
  expect((await getMapViaApi(request, mapId)).document.nodes).toHaveLength(2);

  // and from the versions panel
  await panel.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('button', { name: 'Restore version' }).click();
  await expect(editor.node(second)).toHaveCount(0);
  await editor.waitSaved();
  expect((await getMapViaApi(request, mapId)).document.nodes).toHaveLength(1);
});

test('an unknown version is a 404 page', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, uniqueName('No such version'));
  const response = await page.goto(`/maps/${mapId}/versions/00000000-0000-4000-8000-000000000000`);
  expect(response?.status()).toBe(404);
});
