import { expect, test } from '@playwright/test';
import { getMapViaApi, MapsPage, uniqueName } from './support';

/** What each template must contain, by title, and a few titles a user should see on opening it. */
const CASES = [
  {
    card: 'Ideal customer workshop',
    template: 'workshop',
    titles: ['Discover', 'First visit', 'First order', 'After the order', 'Come back', 'Ideal customer', 'Day 7', 'Day 90', 'Second order', 'Third order'],
    minNodes: 20,
  },
  { card: 'Before · during · after', template: 'loop', titles: ['Before', 'During', 'After', 'Feels a need', 'Orders again'], minNodes: 10 },
  {
    card: 'Customer lifecycle',
    template: 'lifecycle',
    titles: ['Prospect', 'Lead', 'New customer', 'Active', 'Loyal', 'At risk', 'Lapsed', 'Win-back'],
    minNodes: 10,
  },
  { card: 'Blank map', template: 'blank', titles: [], minNodes: 0 },
] as const;

function titleOf(node: { kind: string; data: Record<string, unknown> }): string {
  return String(node.kind === 'note' ? node.data.text : node.data.title);
}

for (const item of CASES) {
  test(`create a map from the "${item.card}" template and open it`, async ({ page, request }) => {
    const maps = new MapsPage(page);
    const name = uniqueName(item.card);
    await maps.goto();
    // Either "New map" on the list, or "Choose another template" on a first visit.
    await page.getByRole('button', { name: /^(New map|Choose another template)$/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New map' });
    await expect(dialog).toBeVisible();

    // A person clicks the card; the radio inside it is visually hidden.
    await dialog.getByTestId(`template-${item.template}`).click();
    await expect(dialog.getByRole('radio', { name: new RegExp(item.card.replace(/[·]/g, '.')) })).toBeChecked();
    const nameField = dialog.getByRole('textbox', { name: 'Name' });
    await nameField.fill(name);
    await dialog.getByRole('button', { name: 'Create map' }).click();

    await page.waitForURL(/\/maps\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;

    const map = await getMapViaApi(request, id);
    expect(map.name).toBe(name);
    expect(map.document.nodes.length).toBeGreaterThanOrEqual(item.minNodes);
    const titles = map.document.nodes.map(titleOf);
    for (const title of item.titles) expect(titles).toContain(title);

    // The editor shows the template's nodes.
    if (item.titles.length > 0) {
      const canvas = page.locator('.react-flow');
      await expect(canvas).toBeVisible();
      for (const title of item.titles.slice(0, 5)) {
        await expect(page.locator('.react-flow__node').filter({ hasText: title }).first()).toBeAttached();
      }
    }

    // And it is listed on the home page with its node count.
    await maps.goto();
    const row = await maps.row(name);
    await expect(row).toContainText(`${map.document.nodes.length} node`);
  });
}

test('the workshop asks every prompt on its touchpoint', async ({ request }) => {
  const response = await request.post('/api/maps', { data: { name: uniqueName('Workshop prompts'), template: 'workshop' } });
  const { id } = await response.json();
  const map = await getMapViaApi(request, id);
  const questions = map.document.nodes.flatMap((n) => (n.kind === 'touchpoint' ? (n.data.questions as Array<{ question: string }>) : []));
  const asked = questions.map((q) => q.question).join('\n');
  for (const fragment of [
    'first hear about the store',
    'very first thing they see',
    'feeling and thinking while they browse',
    'careful test purchase',
    'order and shipping confirmations',
    'unboxing',
    '7 days after the order',
    '14 days after the order',
    '30 days after the order',
    '60 days after the order',
    '90 days after the order',
    'second order',
    'third order',
  ]) {
    expect(asked).toContain(fragment);
  }
});
