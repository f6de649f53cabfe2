import { NextResponse, connection } from 'next/server';
import { comparisonCustomerPage } from '@/server/analytics/comparison';
import { queryObject } from '@/server/analytics/requests';
import { handleError } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/** GET /api/maps/:id/comparison/customers?figure=<kind>:<id>:<list>&offset&limit&<the comparison's filters> */
export async function GET(request: Request, { params }: Params) {
  try {
    await connection();
    const { id } = await params;
    const page = comparisonCustomerPage(id, queryObject(new URL(request.url).searchParams));
    return NextResponse.json(page, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return handleError(error);
  }
}
