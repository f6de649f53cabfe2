import fs from 'node:fs';
import { NextResponse, connection } from 'next/server';
import { listImports } from '@/db/queries/imports';
import { historyIsMissing, MISSING_HISTORY_PROBLEM, storeExists } from '@/db/queries/stores';
import { maxImportBytes, startImport } from '@/server/imports/start-import';
import { errorResponse, handleError, HttpError, isUuid } from '@/server/http';
import { importInputFailure, parseImportFields } from '@/server/store-requests';
import { sweepStaleUploads, uploadDir } from '@/server/uploads/limits';
import { receiveUploadToFile } from '@/server/uploads/receive-upload';

export const runtime = 'nodejs';

type Params = { params: Promise<{ id: string }> };

function unknownStore(id: string) {
  return errorResponse(404, `No store with id "${id}".`);
}

export async function GET(_request: Request, { params }: Params) {
  await connection();
  const { id } = await params;
  if (!isUuid(id) || !storeExists(id)) return unknownStore(id);
  return NextResponse.json({ imports: listImports(id) }, { headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Starts an import: the upload is streamed to a temporary file (never held in memory),
 * checked against its header, and handed to the import worker. Every refusal happens
 * before anything in the store changes. Answers 202 with the id to poll.
 */
export async function POST(request: Request, { params }: Params) {
  await connection();
  const { id } = await params;
  if (!isUuid(id) || !storeExists(id)) return unknownStore(id);
  // An import starts from the store's history; without it, it could only fail later.
  if (historyIsMissing(id)) return errorResponse(409, `This store cannot take imports. ${MISSING_HISTORY_PROBLEM}`);

  sweepStaleUploads();
  let filePath: string | undefined;
  try {
    const upload = await receiveUploadToFile(request, { dir: uploadDir(), maxBytes: maxImportBytes() });
    filePath = upload.file.content;
    const { fileName } = upload.file;
    if (upload.file.size === 0) throw new HttpError(400, `"${fileName}" is empty: there is nothing to import.`);
    const fields = parseImportFields(upload.fields);
    const { importId, done } = startImport({ storeId: id, filePath, fileName, ...fields });
    const ownedByImport = filePath;
    filePath = undefined;
    // The import reads the file until it ends, done or failed; then it can go.
    void done.finally(() => fs.promises.rm(ownedByImport, { force: true }));
    return NextResponse.json({ importId }, { status: 202 });
  } catch (error) {
    if (filePath) await fs.promises.rm(filePath, { force: true });
    if (error instanceof Error && error.name === 'UnknownStoreError') return unknownStore(id);
    return handleError(importInputFailure(error));
  }
}
