import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getMap, getMapState } from '@/db/queries/maps';
import { listStoreChoices } from '@/db/queries/stores';
import { isCompareMode } from '@/lib/store/compare-store';
import { JourneyEditor } from '@/components/editor/journey-editor';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { id } = await params;
  const map = getMap(id);
  return { title: map ? map.name : 'Map not found' };
}

/**
 * The editor of one map. The page hands the client the map's stored Yjs state so the canvas
 * draws at once, and what Compare mode needs: the linked store and the stores to choose
 * from. `?compare=actual|both` opens the map in Compare mode; `?restore=<version id>` opens
 * the versions panel asking to restore that version (the read-only version page links here).
 */
export default async function MapEditorPage({ params, searchParams }: Props) {
  await connection();
  const { id } = await params;
  const state = getMapState(id);
  const map = state ? getMap(id) : undefined;
  if (!state || !map) notFound();
  const { compare, restore } = await searchParams;
  const stores = listStoreChoices();
  const storeId = stores.some((store) => store.id === map.storeId) ? map.storeId : null;
  return (
    <JourneyEditor
      mapId={id}
      initialState={Buffer.from(state).toString('base64')}
      storeId={storeId}
      stores={stores}
      compareMode={isCompareMode(compare) ? compare : 'ideal'}
      offerRestoreOf={typeof restore === 'string' ? restore : undefined}
    />
  );
}
