import { NextResponse, connection } from 'next/server';
import { getMap } from '@/db/queries/maps';
import { renameMap, removeMap } from '@/server/map-documents';
import { renameMapBody } from '@/server/map-requests';
import { errorResponse, handleError, isUuid, parseWith, readJson } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Params) {
  await connection();
  const { id } = await params;
  const map = isUuid(id) ? getMap(id) : undefined;
  if (!map) return errorResponse(404, `No map with id "${id}".`);
  return NextResponse.json({
    id: map.id,
    name: map.name,
    document: map.document,
    storeId: map.storeId,
    updatedAt: map.updatedAt.toISOString(),
  });
}

export async function PATCH(request: Request, { params }: Params) {
  try {
    const { id } = await params;
    const body = parseWith(renameMapBody, await readJson(request));
    if (!isUuid(id) || !getMap(id)) return errorResponse(404, `No map with id "${id}".`);
    await renameMap(id, body.name);
    return NextResponse.json({ id, name: body.name });
  } catch (error) {
    return handleError(error);
  }
}

export async function DELETE(_request: Request, { params }: Params) {
  const { id } = await params;
  if (!isUuid(id) || !removeMap(id)) return errorResponse(404, `No map with id "${id}".`);
  return new NextResponse(null, { status: 204 });
}
