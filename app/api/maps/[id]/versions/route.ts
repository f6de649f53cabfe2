import { NextResponse, connection } from 'next/server';
import { listVersions, mapExists } from '@/db/queries/maps';
import { saveVersion } from '@/server/map-documents';
import { createVersionBody } from '@/server/map-requests';
import { errorResponse, handleError, isUuid, parseWith, readJson } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Params) {
  await connection();
  const { id } = await params;
  if (!isUuid(id) || !mapExists(id)) return errorResponse(404, `No map with id "${id}".`);
  const versions = listVersions(id).map((v) => ({ ...v, createdAt: v.createdAt.toISOString() }));
  return NextResponse.json({ versions });
}

export async function POST(request: Request, { params }: Params) {
  try {
    const { id } = await params;
    const body = parseWith(createVersionBody, await readJson(request));
    const versionId = isUuid(id) ? saveVersion(id, body.name) : undefined;
    if (!versionId) return errorResponse(404, `No map with id "${id}".`);
    return NextResponse.json({ id: versionId }, { status: 201 });
  } catch (error) {
    return handleError(error);
  }
}
