import { NextResponse, connection } from 'next/server';
import { linkMapStore } from '@/server/analytics/comparison';
import { handleError, readJson } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/** PUT /api/maps/:id/store { storeId: string | null } — links the map to a store, or unlinks it. */
export async function PUT(request: Request, { params }: Params) {
  try {
    await connection();
    const { id } = await params;
    return NextResponse.json(linkMapStore(id, await readJson(request)));
  } catch (error) {
    return handleError(error);
  }
}
