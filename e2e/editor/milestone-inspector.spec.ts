import { expect, test } from '@playwright/test';
import { createMapViaApi, EditorPage, getMapViaApi, uniqueName } from './support';

/** Every field of a milestone is edited in the inspector, checked as it is typed, and stored. */
test('a milestone condition, ideal window and target are edited, validated and stored', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, uniqueName('Milestone fields'));
  const editor = new EditorPage(page);
  await editor.goto(mapId);
  const id = await editor.add('milestone');

  await editor.field('Title').fill('Bought the refill');
  await editor.field('Condition').selectOption({ label: 'Order with a product' });
  await editor.field('Match on').selectOption('category');
  await editor.field('How').selectOption('equals');
  // an empty value is refused where it is typed
  await expect(page.getByTestId('inspector').getByText(/required|empty/i).first()).toBeVisible();
  await editor.field('Value').fill('Refills');

  await editor.field('Ideal window').selectOption({ label: 'Within N days of the previous milestone' });
  await editor.field('Within').fill('45');
  const target = editor.field('Target share of customers');
  await target.fill('150');
  await expect(page.getByTestId('inspector')).toContainText('between 0 and 100 %');
  await target.fill('35');
  await expect(page.getByTestId('inspector')).not.toContainText('between 0 and 100 %');

  await editor.waitSaved();
  const stored = (await getMapViaApi(request, mapId)).document.nodes.find((n) => n.id === id)!;
  expect(stored.data).toMatchObject({
    title: 'Bought the refill',
    condition: { type: 'product', field: 'category', match: 'equals', value: 'Refills' },
    window: { type: 'afterPrevious', days: 45 },
    targetShare: 0.35,
  });
  await expect(editor.node(id)).toContainText('Bought the refill');

  // a discount condition with no code means any code
  await editor.field('Condition').selectOption({ label: 'Order with a discount code' });
  await editor.waitSaved();
  const discount = (await getMapViaApi(request, mapId)).document.nodes.find((n) => n.id === id)!;
  expect(discount.data).toMatchObject({ condition: { type: 'discount' } });
});
