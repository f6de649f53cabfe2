import { NextResponse, connection } from 'next/server';
import { getStoreSummary } from '@/db/queries/stores';
import { errorResponse, handleError, isUuid } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Params) {
  await connection();
  const { id } = await params;
  try {
    const summary = isUuid(id) ? getStoreSummary(id) : undefined;
    if (!summary) return errorResponse(404, `No store with id "${id}".`);
    // Dates serialise as ISO 8601 strings (UTC).
    return NextResponse.json(summary, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return handleError(error);
  }
}
