import { NextResponse, connection } from 'next/server';
import { storeExists } from '@/db/queries/stores';
import { previewCsv } from '@/lib/orders/preview';
import { errorResponse, handleError, HttpError, isUuid } from '@/server/http';
import { receiveUploadHead } from '@/server/uploads/receive-upload';
import { importInputFailure } from '@/server/store-requests';

export const runtime = 'nodejs';

/** The browser sends a file's first 256 KB; more than this is cut off, not refused. */
const PREVIEW_MAX_BYTES = 1024 * 1024;

type Params = { params: Promise<{ id: string }> };

/** What the mapping screen shows: the detected format and a suggested mapping. */
export async function POST(request: Request, { params }: Params) {
  await connection();
  const { id } = await params;
  if (!isUuid(id) || !storeExists(id)) return errorResponse(404, `No store with id "${id}".`);
  try {
    const { file } = await receiveUploadHead(request, { maxBytes: PREVIEW_MAX_BYTES });
    if (!file) throw new HttpError(400, 'No file was sent: put the beginning of the CSV in a field named "file".');
    if (file.size === 0) throw new HttpError(400, `"${file.fileName}" is empty: there is nothing to import.`);
    return NextResponse.json(previewCsv(new Uint8Array(file.content), file.fileName));
  } catch (error) {
    return handleError(importInputFailure(error));
  }
}
