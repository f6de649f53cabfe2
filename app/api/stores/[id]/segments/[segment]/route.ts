import { connection } from 'next/server';
import { csvResponse } from '@/server/analytics/csv';
import { segmentCsv } from '@/server/analytics/insights';
import { queryObject } from '@/server/analytics/requests';
import { errorResponse, handleError } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string; segment: string }> };

/** GET /api/stores/:id/segments/:segment.csv?<the insights filters and thresholds>: one row per customer. */
export async function GET(request: Request, { params }: Params) {
  try {
    await connection();
    const { id, segment } = await params;
    if (!segment.endsWith('.csv')) return errorResponse(404, `Segments are downloaded as CSV: /api/stores/${id}/segments/${segment}.csv`);
    const { fileName, text } = segmentCsv(id, segment.slice(0, -'.csv'.length), queryObject(new URL(request.url).searchParams));
    return csvResponse(text, fileName);
  } catch (error) {
    return handleError(error);
  }
}
