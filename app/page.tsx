import type { Metadata } from 'next';
import { connection } from 'next/server';
import { listMaps } from '@/db/queries/maps';
import { MapsHome } from '@/components/maps/MapsHome';
import type { MapSummary } from '@/components/maps/types';

export const metadata: Metadata = { title: 'Maps' };

/** The maps list. Loads on the server on every request, then hands plain data to the client list. */
export default async function MapsPage() {
  // Read the database per request, never at build time.
  await connection();
  const maps: MapSummary[] = listMaps().map((map) => ({
    id: map.id,
    name: map.name,
    nodeCount: map.nodeCount,
    storeId: map.storeId,
    linkedToDemoStore: map.linkedToDemoStore,
    updatedAt: map.updatedAt.toISOString(),
  }));
  return <MapsHome maps={maps} renderedAt={new Date().toISOString()} />;
}
