import { connection } from 'next/server';
import { exportFileName } from '@/lib/export/json';
import { pdfOptionsSchema, queryObject } from '@/lib/export/options';
import { errorResponse, isUuid, parseWith } from '@/server/http';
import { comparisonStoreId } from '@/server/export/comparison';
import { loadExportSource } from '@/server/export/document';
import { renderPdf } from '@/server/export/render';
import { attachment, exportErrorResponse } from '@/server/export/respond';
import { ExportTimings } from '@/server/export/timings';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/**
 * GET /api/maps/:id/export.pdf?size=A4|Letter|A3&orientation=portrait|landscape&compare=0|1&storeId=&appendix=0|1
 * plus, for the overlay, the filters of the comparison API (from, to, firstProduct, source, country, discount, discountCode, asOf).
 */
export async function GET(request: Request, { params }: Params) {
  await connection();
  try {
    const { id } = await params;
    const options = parseWith(pdfOptionsSchema, queryObject(new URL(request.url).searchParams));
    const source = isUuid(id) ? loadExportSource(id) : undefined;
    if (!source) return errorResponse(404, `No map with id "${id}".`);
    // Refuse an overlay that cannot be printed before starting the browser (the filters were
    // checked with the options); the print view computes the figures once.
    if (options.compare) comparisonStoreId(source, options.storeId);
    const timings = new ExportTimings();
    const pdf = await renderPdf(id, options, timings);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': attachment(exportFileName(source.name, 'pdf')),
        'cache-control': 'no-store',
        'server-timing': timings.toHeader(),
      },
    });
  } catch (error) {
    return exportErrorResponse(error);
  }
}
