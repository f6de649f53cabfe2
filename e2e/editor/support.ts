import path from 'node:path';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export { createMapViaApi, getMapViaApi, uniqueName } from '../maps/support';

export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', 'test-results', 'screenshots', 'editor');

export type Kind = 'stage' | 'touchpoint' | 'milestone' | 'persona' | 'note';

/** Replaces a map's document through the API (what scripts and later issues use). */
export async function putDocument(request: APIRequestContext, id: string, document: unknown) {
  const response = await request.put(`/api/maps/${id}/document`, { data: { document } });
  expect(response.status(), await response.text()).toBe(200);
}

/** The editor of one map, as a user sees it. */
export class EditorPage {
  constructor(readonly page: Page) {}

  async goto(mapId: string) {
    await this.page.goto(`/maps/${mapId}`);
    await expect(this.page.getByTestId('journey-editor')).toBeVisible();
    await expect(this.status).toHaveText('Saved', { timeout: 15_000 });
  }

  get status(): Locator {
    return this.page.getByTestId('save-status');
  }

  get inspector(): Locator {
    return this.page.getByTestId('inspector');
  }

  /** Waits until the server confirmed everything as stored. */
  async waitSaved() {
    await expect(this.status).toHaveText('Saved', { timeout: 15_000 });
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  nodeByText(text: string): Locator {
    return this.page.locator('.react-flow__node').filter({ hasText: text });
  }

  get nodes(): Locator {
    return this.page.locator('.react-flow__node');
  }

  get edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  /** Adds a node from the palette and returns its id (the new node is selected). */
  async add(kind: Kind): Promise<string> {
    const before = await this.selectedIds();
    await this.page.getByRole('button', { name: `Add ${kind}`, exact: true }).click();
    await expect.poll(async () => (await this.selectedIds()).length).toBe(1);
    const [id] = await this.selectedIds();
    expect(before).not.toContain(id);
    return id;
  }

  async selectedIds(): Promise<string[]> {
    return this.page.evaluate(() => window.__loopmapEditor?.getState().selectedNodeIds ?? []);
  }

  /** The document as this browser has it. */
  async localDocument() {
    return this.page.evaluate(() => {
      const state = window.__loopmapEditor!.getState();
      return { meta: state.meta, nodes: state.nodes, edges: state.edges };
    });
  }

  async select(id: string) {
    // Click the node's top-left corner area: never a handle, never inside a child node.
    await this.node(id).click({ position: { x: 12, y: 8 } });
    await expect.poll(() => this.selectedIds()).toEqual([id]);
  }

  field(label: string): Locator {
    return this.inspector.getByLabel(label, { exact: true });
  }

  /** Drags from a node's outgoing handle to another node's incoming handle. */
  async connect(sourceId: string, targetId: string) {
    const source = this.node(sourceId).locator('.react-flow__handle.source');
    const target = this.node(targetId).locator('.react-flow__handle.target');
    await this.node(sourceId).hover();
    const from = (await source.boundingBox())!;
    const to = (await target.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Drags a node by `dx`, `dy` screen pixels. */
  async drag(id: string, dx: number, dy: number) {
    const box = (await this.node(id).boundingBox())!;
    const x = box.x + 20;
    const y = box.y + 10;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 5 });
    await this.page.mouse.up();
  }

  async pressShortcut(key: string) {
    // Shortcuts are for the canvas: leave whatever field has focus first.
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press(key);
  }
}
