import { NextResponse } from 'next/server';
import { duplicateMap } from '@/server/map-documents';
import { duplicateMapBody } from '@/server/map-requests';
import { errorResponse, handleError, isUuid, parseWith, readOptionalJson } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Params) {
  try {
    const { id } = await params;
    // The body is optional (`{ name? }`), but when there is one it must be valid.
    const body = parseWith(duplicateMapBody, await readOptionalJson(request, {}));
    const copyId = isUuid(id) ? duplicateMap(id, body.name) : undefined;
    if (!copyId) return errorResponse(404, `No map with id "${id}".`);
    return NextResponse.json({ id: copyId }, { status: 201 });
  } catch (error) {
    return handleError(error);
  }
}
