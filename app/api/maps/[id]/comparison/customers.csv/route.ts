import { connection } from 'next/server';
import { comparisonCustomersCsv } from '@/server/analytics/comparison';
import { csvResponse } from '@/server/analytics/csv';
import { queryObject } from '@/server/analytics/requests';
import { handleError } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/** GET /api/maps/:id/comparison/customers.csv?figure=…&<the comparison's filters>: every customer behind the number. */
export async function GET(request: Request, { params }: Params) {
  try {
    await connection();
    const { id } = await params;
    const { fileName, text } = comparisonCustomersCsv(id, queryObject(new URL(request.url).searchParams));
    return csvResponse(text, fileName);
  } catch (error) {
    return handleError(error);
  }
}
