import { NextResponse } from 'next/server';
import { mapExists } from '@/db/queries/maps';
import { validateDocument } from '@/lib/journey/validate';
import { replaceMapDocument } from '@/server/map-documents';
import { replaceDocumentBody } from '@/server/map-requests';
import { HttpError, errorResponse, handleError, isUuid, parseWith, readJson } from '@/server/http';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

/** Replaces the map's content through a Yjs transaction, so open editors see it live. */
export async function PUT(request: Request, { params }: Params) {
  try {
    const { id } = await params;
    if (!isUuid(id) || !mapExists(id)) return errorResponse(404, `No map with id "${id}".`);
    const body = parseWith(replaceDocumentBody, await readJson(request));
    const result = validateDocument(body.document);
    if (!result.ok) {
      throw new HttpError(400, result.message, result.problems.map((p) => ({ ...p, path: `document.${p.path}` })));
    }
    await replaceMapDocument(id, result.document);
    return NextResponse.json({ id, nodes: result.document.nodes.length, edges: result.document.edges.length });
  } catch (error) {
    return handleError(error);
  }
}
