import 'server-only';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { HttpError } from '@/server/http';
import { readMultipart, type FileTarget, type MultipartResult, type UploadedFile } from './read-multipart';

export type { MultipartResult, UploadedFile };

// Multipart framing (boundaries, part headers, the small text fields) on top of the file.
const FRAMING_ALLOWANCE = 1024 * 1024;

/** A new file under `dir`, written with back-pressure (a slow disk slows the upload). */
function diskTarget(dir: string): FileTarget<string> {
  fs.mkdirSync(dir, { recursive: true });
  const filePath = path.join(dir, `${randomUUID()}.upload`);
  const stream = fs.createWriteStream(filePath, { flags: 'wx' });
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  return {
    async write(chunk) {
      if (failure) throw failure;
      // once() also rejects on 'error', and removes both its listeners when either comes
      // (racing a second once(stream, 'error') left one listener behind per wait).
      if (!stream.write(chunk)) await once(stream, 'drain');
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, 'finish');
      return filePath;
    },
    async discard() {
      stream.destroy();
      await fs.promises.rm(filePath, { force: true });
    },
  };
}

function memoryTarget(): FileTarget<Buffer> {
  const chunks: Buffer[] = [];
  return {
    async write(chunk) {
      chunks.push(Buffer.from(chunk));
    },
    async close() {
      return Buffer.concat(chunks);
    },
    async discard() {
      chunks.length = 0;
    },
  };
}

/**
 * Receives an upload into a new file under `dir`, never holding it in memory. Answers
 * 413 when the file is over `maxBytes` (the partial file is removed) and 400 when there
 * is no file part or the body is not well-formed multipart.
 */
export async function receiveUploadToFile(
  request: Request,
  options: { dir: string; maxBytes: number; fileField?: string },
): Promise<{ file: UploadedFile<string>; fields: Record<string, string> }> {
  const fileField = options.fileField ?? 'file';
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes + FRAMING_ALLOWANCE) {
    throw new HttpError(413, tooLargeMessage(options.maxBytes));
  }
  const result = await readMultipart(request, fileField, options.maxBytes, () => diskTarget(options.dir));
  if (!result.file) throw new HttpError(400, `No file was sent: put the CSV in a field named "${fileField}".`);
  if (result.file.truncated) {
    await fs.promises.rm(result.file.content, { force: true });
    throw new HttpError(413, tooLargeMessage(options.maxBytes));
  }
  return { file: result.file, fields: result.fields };
}

/**
 * Receives the beginning of a file into memory: at most `maxBytes`, the rest read and
 * dropped. Used by the preview, which only looks at a file's first rows.
 */
export async function receiveUploadHead(
  request: Request,
  options: { maxBytes: number; fileField?: string },
): Promise<MultipartResult<Buffer>> {
  return readMultipart(request, options.fileField ?? 'file', options.maxBytes, memoryTarget);
}

export function tooLargeMessage(maxBytes: number): string {
  return `The file is larger than the import limit of ${formatLimit(maxBytes)}.`;
}

function formatLimit(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
