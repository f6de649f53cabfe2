import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpError } from '@/server/http';
import { receiveUploadHead, receiveUploadToFile } from './receive-upload';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loopmap-upload-test-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function formRequest(form: FormData): Request {
  return new Request('http://localhost/api/stores/x/imports', { method: 'POST', body: form });
}

/** A request whose body arrives in small pieces, as a slow network delivers it. */
async function trickledRequest(form: FormData, pieceSize: number): Promise<Request> {
  const encoded = new Response(form);
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + pieceSize));
      offset += pieceSize;
    },
  });
  return new Request('http://localhost/upload', {
    method: 'POST',
    body,
    headers: { 'content-type': encoded.headers.get('content-type')! },
    duplex: 'half',
  } as RequestInit);
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

describe('receiveUploadToFile', () => {
  it('writes the file part to disk and returns the fields', async () => {
    const csv = 'Name,Total\n#1,10.00\n'.repeat(5000);
    const form = new FormData();
    form.append('format', 'generic');
    form.append('file', new Blob([csv]), 'orders 2025.csv');
    const { file, fields } = await receiveUploadToFile(await trickledRequest(form, 777), { dir, maxBytes: 1024 * 1024 });
    expect(fields).toEqual({ format: 'generic' });
    expect(file.fileName).toBe('orders 2025.csv');
    expect(file.size).toBe(csv.length);
    expect(path.dirname(file.content)).toBe(dir);
    expect(fs.readFileSync(file.content, 'utf8')).toBe(csv);
  });

  it('waits for the disk without piling up listeners on a large upload', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const csv = 'Name,Total\n#1,10.00\n'.repeat(200_000);
      const form = new FormData();
      form.append('file', new Blob([csv]), 'large.csv');
      // Pieces larger than the file stream's buffer, so that every write waits for 'drain'.
      const { file } = await receiveUploadToFile(await trickledRequest(form, 64 * 1024), { dir, maxBytes: 8 * 1024 * 1024 });
      expect(file.size).toBe(csv.length);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  });

  it('refuses a file over the limit with 413 and leaves nothing behind', async () => {
    const form = new FormData();
    form.append('file', new Blob(['x'.repeat(5000)]), 'big.csv');
    expect(await statusOf(receiveUploadToFile(formRequest(form), { dir, maxBytes: 4096 }))).toBe(413);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('accepts a file of exactly the limit', async () => {
    const form = new FormData();
    form.append('file', new Blob(['y'.repeat(4096)]), 'exact.csv');
    const { file } = await receiveUploadToFile(formRequest(form), { dir, maxBytes: 4096 });
    expect(fs.statSync(file.content).size).toBe(4096);
  });

  it('refuses a declared length far over the limit before reading the body', async () => {
    const request = new Request('http://localhost/upload', {
      method: 'POST',
      body: 'irrelevant',
      headers: { 'content-type': 'multipart/form-data; boundary=abc', 'content-length': String(50 * 1024 * 1024) },
    });
    expect(await statusOf(receiveUploadToFile(request, { dir, maxBytes: 1024 }))).toBe(413);
  });

  it('answers 400 without a file part, for other content types, and for a cut body', async () => {
    const noFile = new FormData();
    noFile.append('format', 'shopify');
    expect(await statusOf(receiveUploadToFile(formRequest(noFile), { dir, maxBytes: 1024 }))).toBe(400);

    const json = new Request('http://localhost/upload', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(await statusOf(receiveUploadToFile(json, { dir, maxBytes: 1024 }))).toBe(400);

    const form = new FormData();
    form.append('file', new Blob(['a,b\n1,2\n']), 'x.csv');
    const encoded = new Response(form);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const cut = new Request('http://localhost/upload', {
      method: 'POST',
      body: bytes.slice(0, bytes.length - 8),
      headers: { 'content-type': encoded.headers.get('content-type')! },
    });
    expect(await statusOf(receiveUploadToFile(cut, { dir, maxBytes: 1024 }))).toBe(400);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('receiveUploadHead', () => {
  it('keeps only the first bytes of the file', async () => {
    const form = new FormData();
    form.append('file', new Blob(['0123456789'.repeat(100)]), 'head.csv');
    const { file } = await receiveUploadHead(formRequest(form), { maxBytes: 25 });
    expect(file?.content.toString()).toBe('0123456789012345678901234');
    expect(file?.truncated).toBe(true);
  });
});
