import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getMap, getVersion } from '@/db/queries/maps';
import { validateDocument } from '@/lib/journey/validate';
import { VersionView } from '@/components/editor/version-view';

type Props = { params: Promise<{ id: string; versionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { id, versionId } = await params;
  const version = getVersion(id, versionId);
  return { title: version ? `${version.name} (version)` : 'Version not found' };
}

/** One saved version of a map, read-only. */
export default async function MapVersionPage({ params }: Props) {
  await connection();
  const { id, versionId } = await params;
  const map = getMap(id);
  const version = map ? getVersion(id, versionId) : undefined;
  if (!map || !version) notFound();
  const checked = validateDocument(version.document);
  if (!checked.ok) throw new Error(`Version ${versionId} is not a valid map: ${checked.message}`);
  return (
    <VersionView
      mapId={id}
      mapName={map.name}
      versionId={versionId}
      versionName={version.name}
      createdAt={version.createdAt.toISOString()}
      document={checked.document}
    />
  );
}
