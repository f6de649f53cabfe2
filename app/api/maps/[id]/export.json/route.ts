import { NextResponse, connection } from 'next/server';
import { exportFileName, mapExportFile } from '@/lib/export/json';
import { errorResponse, isUuid } from '@/server/http';
import { loadExportSource } from '@/server/export/document';
import { attachment } from '@/server/export/respond';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/** GET /api/maps/:id/export.json — the map's document in a file that POST /api/maps/import reads back. */
export async function GET(_request: Request, { params }: Params) {
  await connection();
  const { id } = await params;
  const source = isUuid(id) ? loadExportSource(id) : undefined;
  if (!source) return errorResponse(404, `No map with id "${id}".`);
  return new NextResponse(JSON.stringify(mapExportFile(source.document), null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': attachment(exportFileName(source.name, 'loopmap.json')),
      'cache-control': 'no-store',
    },
  });
}
