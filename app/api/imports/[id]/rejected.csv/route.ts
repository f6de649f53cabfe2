import { NextResponse, connection } from 'next/server';
import { getImport, rejectedRowsCsv } from '@/db/queries/imports';
import { errorResponse, isUuid } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/** The rows an import skipped (original row number, reason, cells), as a download. */
export async function GET(_request: Request, { params }: Params) {
  await connection();
  const { id } = await params;
  const record = isUuid(id) ? getImport(id) : undefined;
  if (!record) return errorResponse(404, `No import with id "${id}".`);
  return new NextResponse(rejectedRowsCsv(id), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${rejectedFileName(record.fileName)}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/** "orders 2025.csv" → "orders-2025-rejected-rows.csv": ASCII only, safe in a header. */
function rejectedFileName(original: string): string {
  const stem = original.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${stem || 'import'}-rejected-rows.csv`;
}
