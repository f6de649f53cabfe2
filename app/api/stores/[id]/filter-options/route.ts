import { NextResponse, connection } from 'next/server';
import { storeFilterOptions } from '@/server/analytics/insights';
import { handleError } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/** GET /api/stores/:id/filter-options: the sources, countries, first products and codes of the store's first purchases. */
export async function GET(_request: Request, { params }: Params) {
  try {
    await connection();
    const { id } = await params;
    return NextResponse.json(storeFilterOptions(id), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return handleError(error);
  }
}
