import { describe, expect, it } from 'vitest';
import { HttpError } from '@/server/http';
import { readMultipart, type FileTarget } from './read-multipart';

function formRequest(form: FormData): Request {
  return new Request('http://localhost/upload', { method: 'POST', body: form });
}

function memory(): FileTarget<string> & { discarded: boolean } {
  const chunks: Buffer[] = [];
  return {
    discarded: false,
    async write(chunk) {
      chunks.push(Buffer.from(chunk));
    },
    async close() {
      return Buffer.concat(chunks).toString('utf8');
    },
    async discard() {
      this.discarded = true;
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected the upload to be refused');
}

describe('readMultipart', () => {
  it('keeps the named file part and the text fields, and reads past other files', async () => {
    const form = new FormData();
    form.append('other', new Blob(['not this one']), 'other.csv');
    form.append('format', 'generic');
    form.append('file', new Blob(['Name,Total\n#1,10\n']), 'orders.csv');
    form.append('file', new Blob(['a second file part']), 'second.csv');
    const result = await readMultipart(formRequest(form), 'file', 1024, memory);
    expect(result.fields).toEqual({ format: 'generic' });
    expect(result.file).toMatchObject({ fileName: 'orders.csv', content: 'Name,Total\n#1,10\n', truncated: false, size: 17 });
  });

  it('keeps at most the limit and says the file was cut', async () => {
    const form = new FormData();
    form.append('file', new Blob(['0123456789']), 'long.csv');
    const result = await readMultipart(formRequest(form), 'file', 4, memory);
    expect(result.file).toMatchObject({ content: '0123', truncated: true, size: 4 });
  });

  it('answers without a file when none was sent', async () => {
    const form = new FormData();
    form.append('timezone', 'Europe/Berlin');
    const result = await readMultipart(formRequest(form), 'file', 1024, memory);
    expect(result).toEqual({ file: undefined, fields: { timezone: 'Europe/Berlin' } });
  });

  it('refuses too many fields and a field that is too long, naming the field', async () => {
    const many = new FormData();
    for (let i = 0; i < 25; i += 1) many.append(`f${i}`, 'x');
    expect((await failure(readMultipart(formRequest(many), 'file', 1024, memory))).message).toMatch(/Too many form fields/);

    const long = new FormData();
    long.append('mapping', 'x'.repeat(300 * 1024));
    const error = await failure(readMultipart(formRequest(long), 'file', 1024, memory));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/"mapping" is too long/);
  });

  it('refuses a body that is not multipart, and a cut one, discarding what was written', async () => {
    const json = new Request('http://localhost/upload', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect((await failure(readMultipart(json, 'file', 1024, memory))).status).toBe(400);

    const form = new FormData();
    form.append('file', new Blob(['x'.repeat(5000)]), 'orders.csv');
    const encoded = new Response(form);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const cut = new Request('http://localhost/upload', {
      method: 'POST',
      body: bytes.slice(0, bytes.length - 200),
      headers: { 'content-type': encoded.headers.get('content-type')! },
    });
    const target = memory();
    const error = await failure(readMultipart(cut, 'file', 10_000, () => target));
    expect(error.status).toBe(400);
    expect(target.discarded).toBe(true);
  });
});
