import { describe, expect, it } from 'vitest';
import { HttpError, readJson, readOptionalJson } from './http';

function jsonRequest(body: string | undefined, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/x', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

async function refusal(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('readJson', () => {
  it('parses a JSON body', async () => {
    expect(await readJson(jsonRequest('{"name":"Map"}'))).toEqual({ name: 'Map' });
  });

  it('refuses an empty body and malformed JSON with 400, saying which', async () => {
    expect((await refusal(readJson(jsonRequest('')))).message).toMatch(/body: required/);
    const malformed = await refusal(readJson(jsonRequest('{"name": ')));
    expect(malformed.status).toBe(400);
    expect(malformed.message).toMatch(/malformed JSON/);
  });

  it('refuses a body over the limit with 413, whether declared or not', async () => {
    const body = JSON.stringify({ text: 'x'.repeat(2000) });
    expect((await refusal(readJson(jsonRequest(body), 1000))).status).toBe(413);
    const undeclared = new Request('http://localhost/api/x', {
      method: 'POST',
      body: new Blob([body]).stream(),
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect((await refusal(readJson(undeclared, 1000))).status).toBe(413);
  });
});

describe('readOptionalJson', () => {
  it('gives the fallback for an absent body, and still refuses a malformed one', async () => {
    expect(await readOptionalJson(new Request('http://localhost/api/x', { method: 'POST' }), { none: true })).toEqual({ none: true });
    expect(await readOptionalJson(jsonRequest('{"name":"Copy"}'), {})).toEqual({ name: 'Copy' });
    expect((await refusal(readOptionalJson(jsonRequest('{"name": '), {}))).status).toBe(400);
  });
});
