import { NextResponse, connection } from 'next/server';
import { storeInsightsFor } from '@/server/analytics/insights';
import { queryObject } from '@/server/analytics/requests';
import { handleError } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/**
 * GET /api/stores/:id/insights?from&to&source&country&firstProduct&discount&asOf
 *   &newDays&activeGapMultiple&lapsedGapMultiple&loyalMinPurchases&discountMinPurchases&discountShare&medianGapDays
 */
export async function GET(request: Request, { params }: Params) {
  try {
    await connection();
    const { id } = await params;
    const insights = storeInsightsFor(id, queryObject(new URL(request.url).searchParams));
    return NextResponse.json(insights, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return handleError(error);
  }
}
