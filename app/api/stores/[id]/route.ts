import { NextResponse, connection } from 'next/server';
import { deleteStore, getStore, getStoreSummary, renameStore } from '@/db/queries/stores';
import { invalidatePreparedStore } from '@/server/analytics/prepared-stores';
import { errorResponse, handleError, isUuid, parseWith, readJson } from '@/server/http';
import { renameStoreBody } from '@/server/store-requests';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

function notFound(id: string) {
  return errorResponse(404, `No store with id "${id}".`);
}

export async function GET(_request: Request, { params }: Params) {
  await connection();
  const { id } = await params;
  const store = isUuid(id) ? getStore(id) : undefined;
  if (!store) return notFound(id);
  return NextResponse.json({ ...store, summary: getStoreSummary(id) }, { headers: { 'Cache-Control': 'no-store' } });
}

export async function PATCH(request: Request, { params }: Params) {
  try {
    await connection();
    const { id } = await params;
    const body = parseWith(renameStoreBody, await readJson(request));
    if (!isUuid(id) || !renameStore(id, body.name)) return notFound(id);
    return NextResponse.json({ id, name: body.name });
  } catch (error) {
    return handleError(error);
  }
}

export async function DELETE(_request: Request, { params }: Params) {
  try {
    await connection();
    const { id } = await params;
    if (!isUuid(id) || !deleteStore(id)) return notFound(id);
    invalidatePreparedStore(id);
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return handleError(error);
  }
}
