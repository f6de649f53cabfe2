import { connection } from 'next/server';
import { exportFileName } from '@/lib/export/json';
import { errorResponse, isUuid } from '@/server/http';
import { loadExportSource } from '@/server/export/document';
import { renderPng } from '@/server/export/render';
import { attachment, exportErrorResponse } from '@/server/export/respond';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/** GET /api/maps/:id/export.png — the whole map at its full bounds (never the editor's viewport). */
export async function GET(_request: Request, { params }: Params) {
  await connection();
  try {
    const { id } = await params;
    const source = isUuid(id) ? loadExportSource(id) : undefined;
    if (!source) return errorResponse(404, `No map with id "${id}".`);
    const png = await renderPng(id, source.document);
    return new Response(new Uint8Array(png), {
      headers: {
        'content-type': 'image/png',
        'content-disposition': attachment(exportFileName(source.name, 'png')),
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    return exportErrorResponse(error);
  }
}
