import { connection } from 'next/server';
import { exportFileName } from '@/lib/export/json';
import { errorResponse, isUuid } from '@/server/http';
import { loadExportSource } from '@/server/export/document';
import { renderSvg } from '@/server/export/render';
import { attachment, exportErrorResponse } from '@/server/export/respond';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/** GET /api/maps/:id/export.svg — the whole map at its full bounds, as vector SVG (paths and glyphs). */
export async function GET(_request: Request, { params }: Params) {
  await connection();
  try {
    const { id } = await params;
    const source = isUuid(id) ? loadExportSource(id) : undefined;
    if (!source) return errorResponse(404, `No map with id "${id}".`);
    const svg = await renderSvg(id, source.document);
    return new Response(svg, {
      headers: {
        'content-type': 'image/svg+xml; charset=utf-8',
        'content-disposition': attachment(exportFileName(source.name, 'svg')),
        'cache-control': 'no-store',
        // The SVG holds only paths and glyphs; should it ever hold more, opened directly it still runs nothing.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      },
    });
  } catch (error) {
    return exportErrorResponse(error);
  }
}
