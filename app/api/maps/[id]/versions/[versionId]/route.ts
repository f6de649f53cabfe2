import { NextResponse, connection } from 'next/server';
import { getVersion } from '@/db/queries/maps';
import { errorResponse, isUuid } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string; versionId: string }> };

export async function GET(_request: Request, { params }: Params) {
  await connection();
  const { id, versionId } = await params;
  const version = isUuid(id) && isUuid(versionId) ? getVersion(id, versionId) : undefined;
  if (!version) return errorResponse(404, `No version "${versionId}" of map "${id}".`);
  return NextResponse.json({ ...version, createdAt: version.createdAt.toISOString() });
}
