import path from 'node:path';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** The specs share one server and database: every map a test makes gets a unique name. */
export function uniqueName(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function createMapViaApi(request: APIRequestContext, name: string, template = 'blank'): Promise<string> {
  const response = await request.post('/api/maps', { data: { name, template } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export interface StoredMap {
  id: string;
  name: string;
  document: { nodes: Array<{ id: string; kind: string; parentId?: string; data: Record<string, unknown> }>; edges: unknown[] };
}

export async function getMapViaApi(request: APIRequestContext, id: string): Promise<StoredMap> {
  const response = await request.get(`/api/maps/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as StoredMap;
}

/** The maps list page, as a user sees it. */
export class MapsPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search maps by name' });
  }

  /** Narrows the list to one map by its (unique) name and returns its row. */
  async row(name: string): Promise<Locator> {
    await this.search.fill(name);
    const row = this.page.getByTestId('map-row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
    await expect(row).toHaveCount(1);
    return row;
  }

  async openMenu(name: string, action: 'Rename' | 'Duplicate' | 'Delete') {
    const row = await this.row(name);
    await row.getByRole('button', { name: `Actions for ${name}` }).click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }
}

/** Screenshots for a person to look at (not compared). */
export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', 'test-results', 'screenshots', 'maps');
