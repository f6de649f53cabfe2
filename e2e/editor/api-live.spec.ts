import { expect, test } from '@playwright/test';
import { createMapViaApi, EditorPage, getMapViaApi, putDocument, uniqueName } from './support';

/**
 * The API writes through the live document: an editor that has the map open sees a
 * replaced document at once, without a reload. Node text is only ever text: markup typed
 * into a title is shown as written, never run.
 */
test('a document replaced through the API appears live in an open editor, and markup in it stays text', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, uniqueName('API live'));
  const editor = new EditorPage(page);
  await editor.goto(mapId);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });

  const markup = '<img src=x onerror="alert(1)"><b>bold?</b>';
  const map = await getMapViaApi(request, mapId);
  await putDocument(request, mapId, {
    ...map.document,
    nodes: [
      {
        id: 'from-api',
        kind: 'touchpoint',
        position: { x: 0, y: 0 },
        data: { title: markup, description: '', channel: 'email', does: '', thinks: '', feels: '', feeling: 0, owner: '', questions: [], dayAfterFirstOrder: null },
      },
    ],
    edges: [],
  });

  const node = editor.node('from-api');
  await expect(node).toBeVisible();
  await expect(node).toContainText(markup);
  await expect(node.locator('img')).toHaveCount(0);
  await expect(node.locator('b')).toHaveCount(0);

  // and the editor's own later edit is stored on top of it
  await editor.select('from-api');
  await editor.field('Title').fill('Edited after the API');
  await editor.waitSaved();
  const stored = await getMapViaApi(request, mapId);
  expect(stored.document.nodes.map((n) => n.data.title)).toEqual(['Edited after the API']);
  expect(dialogs).toBe(0);
});
