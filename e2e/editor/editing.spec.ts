import { expect, test } from '@playwright/test';
import { createMapViaApi, EditorPage, getMapViaApi, uniqueName } from './support';

test.describe('editing a map', () => {
  test('add, edit, connect and delete nodes; undo and redo; reload keeps everything', async ({ page, request }) => {
    const mapId = await createMapViaApi(request, uniqueName('Editing'));
    const editor = new EditorPage(page);
    await editor.goto(mapId);
    await expect(page.getByText('Draw your ideal customer’s journey')).toBeVisible();

    // a stage, renamed in the inspector
    const stage = await editor.add('stage');
    await expect(editor.inspector).toHaveAttribute('data-kind', 'stage');
    await editor.field('Title').fill('Discover');
    await expect(editor.node(stage)).toContainText('Discover');

    // a touchpoint added in the middle of the view lands in the stage there
    const touchpoint = await editor.add('touchpoint');
    await expect.poll(async () => (await editor.localDocument()).nodes.find((n) => n.id === touchpoint)?.parentId).toBe(stage);
    await editor.field('Title').fill('Sees an Instagram ad');
    await editor.field('Channel').selectOption('social');
    await editor.inspector.getByRole('radio', { name: /Delighted/ }).check({ force: true });
    await editor.field('Day after the first order').fill('7');
    await editor.inspector.getByRole('button', { name: 'Add question' }).click();
    await editor.inspector.getByLabel('Question 1', { exact: true }).fill('Where do they first hear about us?');
    await editor.inspector.getByLabel('Answer to question 1').fill('A friend shares a reel');
    await expect(editor.node(touchpoint)).toContainText('Sees an Instagram ad');
    await expect(editor.node(touchpoint)).toContainText('Delighted');
    await expect(editor.node(touchpoint)).toContainText('Day 7');

    // invalid input is refused with an inline error, and the document keeps the last valid value
    await editor.field('Title').fill('');
    await expect(editor.inspector.getByRole('alert')).toHaveText('required');
    await expect(editor.node(touchpoint)).toContainText('Sees an Instagram ad');
    await editor.field('Title').fill('Sees an Instagram ad');
    await expect(editor.inspector.getByRole('alert')).toHaveCount(0);

    // a milestone outside the stage, connected from the touchpoint
    await editor.pressShortcut('Escape');
    const milestone = await editor.add('milestone');
    await editor.field('Title').fill('First order');
    await editor.drag(milestone, 520, 0);
    await editor.connect(touchpoint, milestone);
    await expect(editor.edges).toHaveCount(1);

    await editor.waitSaved();
    const saved = await getMapViaApi(request, mapId);
    expect(saved.document.nodes.map((n) => n.id).sort()).toEqual([stage, touchpoint, milestone].sort());
    const tp = saved.document.nodes.find((n) => n.id === touchpoint)!;
    expect(tp.parentId).toBe(stage);
    expect(tp.data).toMatchObject({
      title: 'Sees an Instagram ad',
      channel: 'social',
      feeling: 2,
      dayAfterFirstOrder: 7,
      questions: [{ question: 'Where do they first hear about us?', answer: 'A friend shares a reel' }],
    });
    expect(saved.document.edges).toHaveLength(1);

    // delete the milestone: its edge goes with it; undo brings both back; redo removes them again
    await editor.select(milestone);
    await editor.pressShortcut('Delete');
    await expect(editor.node(milestone)).toHaveCount(0);
    await expect(editor.edges).toHaveCount(0);
    await editor.pressShortcut('Control+z');
    await expect(editor.node(milestone)).toBeVisible();
    await expect(editor.edges).toHaveCount(1);
    await editor.pressShortcut('Control+Shift+z');
    await expect(editor.node(milestone)).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(editor.node(milestone)).toBeVisible();

    // the header renames the map
    await page.getByTestId('map-name').fill('Renamed journey');
    await editor.waitSaved();
    const before = await editor.localDocument();

    await page.reload();
    await editor.waitSaved();
    await expect(editor.nodes).toHaveCount(3);
    await expect(editor.edges).toHaveCount(1);
    await expect(page.getByTestId('map-name')).toHaveValue('Renamed journey');
    const after = await editor.localDocument();
    expect(after).toEqual(before);
    expect((await getMapViaApi(request, mapId)).name).toBe('Renamed journey');
  });

  test('copy, paste, duplicate, nudge and multi-select with the keyboard', async ({ page, request }) => {
    const mapId = await createMapViaApi(request, uniqueName('Shortcuts'));
    const editor = new EditorPage(page);
    await editor.goto(mapId);
    const note = await editor.add('note');
    await editor.field('Text').fill('Ask the support team');
    const position = async (id: string) => (await editor.localDocument()).nodes.find((n) => n.id === id)!.position;
    const start = await position(note);

    await editor.pressShortcut('ArrowRight');
    await expect.poll(() => position(note)).toEqual({ x: start.x + 16, y: start.y });
    await editor.pressShortcut('Shift+ArrowDown');
    await expect.poll(() => position(note)).toEqual({ x: start.x + 16, y: start.y + 64 });

    await editor.pressShortcut('Control+c');
    await editor.pressShortcut('Control+v');
    await expect(editor.nodeByText('Ask the support team')).toHaveCount(2);
    await editor.pressShortcut('Control+d');
    await expect(editor.nodeByText('Ask the support team')).toHaveCount(3);

    await editor.pressShortcut('Control+a');
    await expect(editor.inspector).toHaveAttribute('data-kind', 'selection');
    await expect(editor.inspector).toContainText('3 steps selected');
    await editor.pressShortcut('Delete');
    await expect(editor.nodes).toHaveCount(0);
    await expect(page.getByText('Draw your ideal customer’s journey')).toBeVisible();

    // the help popover lists the shortcuts
    await editor.pressShortcut('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Duplicate');
    await expect(help).toContainText('Nudge the selection');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });

  test('a stage moves its nodes; dragging a node out of it un-parents the node', async ({ page, request }) => {
    const mapId = await createMapViaApi(request, uniqueName('Lanes'));
    const editor = new EditorPage(page);
    await editor.goto(mapId);
    const stage = await editor.add('stage');
    const child = await editor.add('touchpoint');
    const doc = async () => editor.localDocument();
    await expect.poll(async () => (await doc()).nodes.find((n) => n.id === child)?.parentId).toBe(stage);

    const childBox = (await editor.node(child).boundingBox())!;
    await editor.drag(stage, 0, 120);
    await expect.poll(async () => Math.round((await editor.node(child).boundingBox())!.y - childBox.y)).toBeGreaterThan(60);
    expect((await doc()).nodes.find((n) => n.id === child)?.parentId).toBe(stage);

    await editor.drag(child, 520, 0);
    await expect.poll(async () => (await doc()).nodes.find((n) => n.id === child)?.parentId).toBeUndefined();
    await editor.drag(child, -520, 0);
    await expect.poll(async () => (await doc()).nodes.find((n) => n.id === child)?.parentId).toBe(stage);
  });
});

test('an unknown map is a 404 page', async ({ page }) => {
  const response = await page.goto('/maps/00000000-0000-4000-8000-000000000000');
  expect(response?.status()).toBe(404);
});
