import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPrintToken, TOKEN_TTL_MS, verifyPrintToken } from './token';

const MAP = '3b9f6c2e-1d4a-4f7b-9c1e-2a3b4c5d6e7f';
const OTHER = '00000000-0000-4000-8000-000000000000';
const PDF = { mode: 'pdf' as const, options: { size: 'A3' as const, orientation: 'portrait' as const, compare: false, appendix: true, filters: { country: 'US' } } };

describe('print tokens', () => {
  const key = randomBytes(32);
  const now = 1_700_000_000_000;

  it('carries the map and the options it was made for', () => {
    const token = createPrintToken(MAP, PDF, now, key);
    expect(verifyPrintToken(token, MAP, now + 1000, key)).toEqual({ ok: true, request: PDF });
    expect(verifyPrintToken(createPrintToken(MAP, { mode: 'image' }, now, key), MAP, now, key)).toEqual({ ok: true, request: { mode: 'image' } });
  });

  it('expires after about a minute', () => {
    const token = createPrintToken(MAP, PDF, now, key);
    expect(verifyPrintToken(token, MAP, now + TOKEN_TTL_MS, key).ok).toBe(true);
    expect(verifyPrintToken(token, MAP, now + TOKEN_TTL_MS + 1, key)).toEqual({ ok: false, reason: 'expired' });
    expect(TOKEN_TTL_MS).toBeLessThanOrEqual(60_000);
  });

  it('opens only the map it names', () => {
    const token = createPrintToken(MAP, PDF, now, key);
    expect(verifyPrintToken(token, OTHER, now, key)).toEqual({ ok: false, reason: 'other-map' });
  });

  it('refuses changed options, another key and garbage', () => {
    const token = createPrintToken(MAP, PDF, now, key);
    const [body, signature] = token.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
    payload.request.options.appendix = false;
    const tampered = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
    expect(verifyPrintToken(tampered, MAP, now, key)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyPrintToken(token, MAP, now, randomBytes(32))).toEqual({ ok: false, reason: 'signature' });
    expect(verifyPrintToken('', MAP, now, key)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyPrintToken('a.b.c', MAP, now, key)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyPrintToken(`${body}.`, MAP, now, key)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('uses one random secret per process', () => {
    const token = createPrintToken(MAP, PDF);
    expect(verifyPrintToken(token, MAP).ok).toBe(true);
  });
});
