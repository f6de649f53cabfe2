import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMap, listMaps } from '@/db/queries/maps';
import { createStore } from '@/db/queries/stores';
import { openTestDatabase } from '@/db/test-db';
import { DEMO_MAP_NAME } from '@/lib/journey/templates/demo-store';
import { createDemoMap } from './demo-map';

let t: ReturnType<typeof openTestDatabase>;
beforeEach(() => (t = openTestDatabase()));
afterEach(() => t.cleanup());

describe('the demo map', () => {
  it('is created linked to the demo store', () => {
    const storeId = createStore('Demo store', t.db, { isDemo: true });
    const mapId = createDemoMap(storeId, t.db);
    const map = getMap(mapId, t.db);
    expect(map).toMatchObject({ name: DEMO_MAP_NAME, storeId });
    expect(map?.document.nodes.filter((n) => n.kind === 'milestone')).toHaveLength(3);
    expect(listMaps('', t.db).map((m) => m.name)).toEqual([DEMO_MAP_NAME]);
  });
});
