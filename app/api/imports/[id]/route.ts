import { NextResponse, connection } from 'next/server';
import { getImport } from '@/db/queries/imports';
import { errorResponse, isUuid } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/** An import's status, polled by the progress bar while it runs and read for its summary. */
export async function GET(_request: Request, { params }: Params) {
  await connection();
  const { id } = await params;
  const record = isUuid(id) ? getImport(id) : undefined;
  if (!record) return errorResponse(404, `No import with id "${id}".`);
  return NextResponse.json(record, { headers: { 'Cache-Control': 'no-store' } });
}
