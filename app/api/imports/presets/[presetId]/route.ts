import { NextResponse } from 'next/server';
import { deleteMappingPreset } from '@/db/queries/stores';
import { errorResponse, isUuid } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ presetId: string }> };

export async function DELETE(_request: Request, { params }: Params) {
  const { presetId } = await params;
  if (!isUuid(presetId) || !deleteMappingPreset(presetId)) return errorResponse(404, `No mapping preset with id "${presetId}".`);
  return new NextResponse(null, { status: 204 });
}
