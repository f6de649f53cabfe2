import { describe, expect, it, vi } from 'vitest';
import { MissingHistoryError } from '@/db/history/read';
import { MISSING_HISTORY_PROBLEM } from '@/db/queries/stores';
import { handleError, HttpError, readJson, readOptionalJson } from './http';

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

describe('handleError', () => {
  it('answers an HttpError with its status, a missing history with 409 and what to do, anything else with a generic 500', async () => {
    const refused = handleError(new HttpError(404, 'No map with id "x".'));
    expect([refused.status, await refused.json()]).toEqual([404, { error: 'No map with id "x".' }]);

    const missing = handleError(new MissingHistoryError('/srv/loopmap/data/history/secret-name.db'));
    expect(missing.status).toBe(409);
    const { error } = (await missing.json()) as { error: string };
    expect(error).toBe(`This store's orders cannot be read. ${MISSING_HISTORY_PROBLEM}`);
    expect(error).not.toContain('/srv/'); // no server path leaks to the client

    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = handleError(new Error('SQLITE_CORRUPT at /srv/loopmap'));
    expect([failed.status, await failed.json()]).toEqual([500, { error: 'Something went wrong on the server; nothing was changed.' }]);
    expect(errorLog).toHaveBeenCalled();
    errorLog.mockRestore();
  });
});
