import 'server-only';
import busboy from 'busboy';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import { HttpError } from '@/server/http';

export interface UploadedFile<T> {
  fileName: string;
  /** Bytes kept of the file part (at most the limit). */
  size: number;
  /** Whether the file was longer than the byte limit (and so cut). */
  truncated: boolean;
  content: T;
}

export interface MultipartResult<T> {
  file: UploadedFile<T> | undefined;
  fields: Record<string, string>;
}

/** Where the bytes of the one file part go. */
export interface FileTarget<T> {
  write(chunk: Buffer): Promise<void>;
  /** All bytes written: the result. */
  close(): Promise<T>;
  /** Something went wrong: remove what was written. */
  discard(): Promise<void>;
}

/** The file part while it arrives: `received` settles once all of it is written. */
interface PendingFile<T> {
  fileName: string;
  target: FileTarget<T>;
  size: number;
  received: Promise<void>;
}

const MAX_FIELD_BYTES = 256 * 1024;
const MAX_FIELDS = 20;

/**
 * Reads a multipart/form-data request as it arrives (busboy does the framing): the part
 * named `fileField` goes to the target from `openTarget` (at most `maxFileBytes` of it, the
 * rest read and dropped), the text fields are collected. Other file parts are skipped.
 */
export async function readMultipart<T>(
  request: Request,
  fileField: string,
  maxFileBytes: number,
  openTarget: () => FileTarget<T>,
): Promise<MultipartResult<T>> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    throw new HttpError(400, `Send the file as multipart/form-data in a field named "${fileField}".`);
  }
  if (!request.body) throw new HttpError(400, 'The request has no body: no file was sent.');

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      // One byte past the limit tells a file of exactly the limit from a longer one.
      limits: { fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, fileSize: maxFileBytes + 1 },
    });
  } catch (error) {
    throw new HttpError(400, `The upload could not be read: ${(error as Error).message}.`);
  }

  const fields: Record<string, string> = {};
  let problem: HttpError | undefined;
  let file: PendingFile<T> | undefined;

  parser.on('field', (name, value, info) => {
    if (info.valueTruncated) problem ??= new HttpError(400, `The field "${name}" is too long (at most ${MAX_FIELD_BYTES} bytes).`);
    else fields[name] = value;
  });
  parser.on('fieldsLimit', () => {
    problem ??= new HttpError(400, `Too many form fields (at most ${MAX_FIELDS}).`);
  });
  parser.on('file', (name, stream, info) => {
    if (name !== fileField || file) {
      stream.resume(); // not ours: read past it
      return;
    }
    const target = openTarget();
    const entry: PendingFile<T> = { fileName: info.filename || 'upload.csv', target, size: 0, received: Promise.resolve() };
    entry.received = (async () => {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const room = maxFileBytes - entry.size;
        entry.size += chunk.length;
        if (room > 0) await target.write(chunk.length > room ? chunk.subarray(0, room) : chunk);
      }
    })().catch((error: Error) => {
      stream.resume(); // keep the request flowing so the parser can finish
      problem ??= new HttpError(500, `The upload could not be stored: ${error.message}`);
    });
    file = entry;
  });

  const body = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>);
  try {
    await pipeline(body, parser);
    await file?.received;
    if (problem) throw problem;
  } catch (error) {
    await file?.target.discard();
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, `The upload could not be read: ${(error as Error).message}.`);
  }

  if (!file) return { file: undefined, fields };
  const { target, fileName, size } = file;
  let content: T;
  try {
    content = await target.close();
  } catch (error) {
    await target.discard();
    throw new HttpError(500, `The upload could not be stored: ${(error as Error).message}`);
  }
  return { file: { fileName, size: Math.min(size, maxFileBytes), truncated: size > maxFileBytes, content }, fields };
}
