import { NextResponse } from 'next/server';
import { createMap } from '@/db/queries/maps';
import { readMapExport } from '@/lib/export/json';
import { HttpError, handleError, readJson } from '@/server/http';

export const runtime = 'nodejs';

/**
 * POST /api/maps/import — the body is a map export file (or a bare document); the answer
 * is the new map's id. Problems are a 400 naming their path in the file
 * (`document.nodes[3].data.title: required`); a body over 5 MB is a 413.
 */
export async function POST(request: Request) {
  try {
    const result = readMapExport(await readJson(request));
    if (!result.ok) throw new HttpError(400, result.message, result.problems);
    const id = createMap(result.document);
    return NextResponse.json({ id, name: result.document.meta.name }, { status: 201 });
  } catch (error) {
    return handleError(error);
  }
}
