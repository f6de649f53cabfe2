import 'server-only';
import { getDb, type Db } from '@/db/client';
import { createMap, setMapStore } from '@/db/queries/maps';
import { buildDemoStoreJourney } from '@/lib/journey/templates/demo-store';

/**
 * The "Demo store journey" map, linked to the demo store, so a new user can open Compare
 * mode at once. Created together with the demo store (on the very first start only), so a
 * user who deletes it does not get it back.
 */
export function createDemoMap(storeId: string, db: Db = getDb()): string {
  const mapId = createMap(buildDemoStoreJourney(), db);
  setMapStore(mapId, storeId, db);
  return mapId;
}
