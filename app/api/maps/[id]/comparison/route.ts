import { NextResponse, connection } from 'next/server';
import { mapComparison } from '@/server/analytics/comparison';
import { queryObject } from '@/server/analytics/requests';
import { handleError } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/** GET /api/maps/:id/comparison?storeId&from&to&source&firstProduct&discount&discountCode&country&asOf */
export async function GET(request: Request, { params }: Params) {
  try {
    await connection();
    const { id } = await params;
    const result = mapComparison(id, queryObject(new URL(request.url).searchParams));
    return NextResponse.json(result, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return handleError(error);
  }
}
