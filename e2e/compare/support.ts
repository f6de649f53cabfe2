import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/**
 * The demo store and the "Demo store journey" map that the server seeds on its first start
 * (server/imports/demo-seed.ts). The demo import runs in the background after start-up, so
 * every spec first waits until it has finished.
 */

export const DEMO_MAP_NAME = 'Demo store journey';
export const DEMO_MILESTONES = ['ms-first-order', 'ms-second-order', 'ms-third-order'] as const;

export interface DemoFixture {
  storeId: string;
  mapId: string;
}

export async function waitForDemo(request: APIRequestContext): Promise<DemoFixture> {
  let storeId = '';
  await expect
    .poll(
      async () => {
        const { stores } = (await (await request.get('/api/stores')).json()) as {
          stores: Array<{ id: string; isDemo: boolean; summary: { customers: number; imports: number } }>;
        };
        const demo = stores.find((s) => s.isDemo);
        if (!demo) return 'no demo store';
        storeId = demo.id;
        return demo.summary.imports > 0 && demo.summary.customers > 0 ? 'ready' : 'importing';
      },
      { timeout: 180_000, intervals: [1000, 2000, 5000] },
    )
    .toBe('ready');
  const { maps } = (await (await request.get(`/api/maps?search=${encodeURIComponent(DEMO_MAP_NAME)}`)).json()) as {
    maps: Array<{ id: string; name: string }>;
  };
  const map = maps.find((m) => m.name === DEMO_MAP_NAME);
  expect(map, 'the demo map is seeded on first start').toBeDefined();
  // The first figures of a store load and prepare its timelines: do it once, here, so the
  // tests below measure what a user sees on an already-open store.
  expect((await request.get(`/api/maps/${map!.id}/comparison`, { timeout: 120_000 })).status()).toBe(200);
  return { storeId, mapId: map!.id };
}

export interface MilestoneApiFigures {
  eligible: number;
  onTime: number;
  late: number;
  notReached: number;
  censored: number;
  onTimeShare: number | null;
  target: { share: number } | null;
}

export interface ComparisonApi {
  storeId: string;
  customers: number;
  nodes: Record<string, MilestoneApiFigures>;
  edges: Record<string, { reachedSource: number; converted: number }>;
  touchpoints: Record<string, { audience: number; bought: number }>;
}

export async function comparisonViaApi(request: APIRequestContext, mapId: string, query = ''): Promise<ComparisonApi> {
  const response = await request.get(`/api/maps/${mapId}/comparison${query ? `?${query}` : ''}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ComparisonApi;
}

/** "1234" → "1,234", as the app writes counts. */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** Opens a map in Compare mode with the toggle, and waits for the figures. */
export async function openInCompareMode(page: Page, mapId: string, mode: 'actual' | 'both' = 'actual'): Promise<void> {
  await page.goto(`/maps/${mapId}`);
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  await expect(page.getByTestId('milestone-badge-ms-second-order')).toHaveCount(0); // Ideal mode: the map as drawn
  await page.getByTestId(`compare-mode-${mode}`).click();
  await expect(page.getByTestId('compare-toggle')).toHaveAttribute('data-mode', mode);
  await expect(page.getByTestId('compare-summary')).toBeVisible({ timeout: 30_000 });
}

/** Pictures of Compare mode and the insights page, for a person to look at. */
export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', 'test-results', 'screenshots', 'compare');
