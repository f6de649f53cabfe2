import { expect, test, type Browser } from '@playwright/test';
import { createMapViaApi, EditorPage, getMapViaApi, putDocument, uniqueName } from './support';

/** A map with two loose touchpoints, made through the API. */
async function twoNodeMap(request: Parameters<typeof createMapViaApi>[0]) {
  const mapId = await createMapViaApi(request, uniqueName('Co-editing'));
  const map = await getMapViaApi(request, mapId);
  const node = (id: string, title: string, x: number) => ({
    id,
    kind: 'touchpoint',
    position: { x, y: 0 },
    data: { title, description: '', channel: 'email', does: '', thinks: '', feels: '', feeling: 0, owner: '', questions: [], dayAfterFirstOrder: null },
  });
  await putDocument(request, mapId, { ...map.document, nodes: [node('alpha', 'Alpha', 0), node('beta', 'Beta', 400)], edges: [] });
  return mapId;
}

async function openTwice(browser: Browser, mapId: string) {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = new EditorPage(await contextA.newPage());
  const b = new EditorPage(await contextB.newPage());
  await a.goto(mapId);
  await b.goto(mapId);
  return { a, b, contextA, contextB };
}

test.describe('live co-editing', () => {
  // How fast an edit arrives is measured by `npm run bench:editor` (median ≤ 150 ms): a
  // 1-second limit here failed on a loaded CI machine while the edits did arrive.
  test('an edit in one browser appears live in the other, without a reload', async ({ browser, request }) => {
    const mapId = await twoNodeMap(request);
    const { a, b, contextA, contextB } = await openTwice(browser, mapId);

    await a.select('alpha');
    await a.field('Title').fill('Alpha, renamed by A');
    await expect(b.node('alpha')).toContainText('Alpha, renamed by A');

    const added = await b.add('note');
    await expect(a.node(added)).toBeVisible();

    // each undoes only their own edits
    await b.pressShortcut('Control+z');
    await expect(a.node(added)).toHaveCount(0);
    await expect(b.node('alpha')).toContainText('Alpha, renamed by A');

    await contextA.close();
    await contextB.close();
  });

  test('concurrent edits to different nodes both survive', async ({ browser, request }) => {
    const mapId = await twoNodeMap(request);
    const { a, b, contextA, contextB } = await openTwice(browser, mapId);
    await a.select('alpha');
    await b.select('beta');
    await Promise.all([a.field('Title').fill('Alpha by A'), b.field('Title').fill('Beta by B')]);
    for (const editor of [a, b]) {
      await expect(editor.node('alpha')).toContainText('Alpha by A');
      await expect(editor.node('beta')).toContainText('Beta by B');
    }
    await a.waitSaved();
    await b.waitSaved();
    const stored = await getMapViaApi(request, mapId);
    expect(stored.document.nodes.map((n) => n.data.title).sort()).toEqual(['Alpha by A', 'Beta by B']);
    await contextA.close();
    await contextB.close();
  });

  test('edits made offline are kept and merged on reconnect, also across a reload', async ({ browser, request }) => {
    const mapId = await twoNodeMap(request);
    const { a, b, contextA, contextB } = await openTwice(browser, mapId);

    await contextB.setOffline(true);
    await expect(b.status).toHaveText('Offline — changes kept');
    await b.select('beta');
    await b.field('Title').fill('Beta written offline');
    await a.select('alpha');
    await a.field('Title').fill('Alpha written online');
    await a.waitSaved();
    await expect(b.node('alpha')).toContainText('Alpha');
    await expect(b.node('alpha')).not.toContainText('Alpha written online');

    // a reload while offline keeps the offline edit (IndexedDB)
    await b.page.reload().catch(() => {});
    await contextB.setOffline(false);
    await b.page.reload();
    await expect(b.node('beta')).toContainText('Beta written offline');
    await expect(b.node('alpha')).toContainText('Alpha written online');
    await expect(a.node('beta')).toContainText('Beta written offline');
    await b.waitSaved();
    const stored = await getMapViaApi(request, mapId);
    expect(stored.document.nodes.map((n) => n.data.title).sort()).toEqual(['Alpha written online', 'Beta written offline']);
    await contextA.close();
    await contextB.close();
  });

  test('going offline and back merges without a reload', async ({ browser, request }) => {
    const mapId = await twoNodeMap(request);
    const { a, b, contextA, contextB } = await openTwice(browser, mapId);
    await contextB.setOffline(true);
    await expect(b.status).toHaveText('Offline — changes kept');
    await b.select('beta');
    await b.field('Title').fill('Beta offline');
    await a.select('alpha');
    await a.field('Title').fill('Alpha online');
    await contextB.setOffline(false);
    // The expect timeout (30 s), not 10 s: reconnecting and syncing both ways is slow on a loaded 2-core CI machine.
    await expect(a.node('beta')).toContainText('Beta offline');
    await expect(b.node('alpha')).toContainText('Alpha online');
    await b.waitSaved();
    await contextA.close();
    await contextB.close();
  });
});
