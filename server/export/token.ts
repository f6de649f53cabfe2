import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { printRequestSchema, type PrintRequest } from '@/lib/export/options';

/**
 * Short-lived signed tokens that open the print view. The export handler creates one
 * for a map and a set of options; the print view renders only what a valid token names,
 * so the view is no way around the API's access rules.
 *
 * The secret is random per process and kept on globalThis: Next bundles the route
 * handler and the print page separately, and both must see the same secret.
 */

export const TOKEN_TTL_MS = 60_000;

const globalForTokens = globalThis as unknown as { __loopmapPrintSecret?: Buffer };

function secret(): Buffer {
  return (globalForTokens.__loopmapPrintSecret ??= randomBytes(32));
}

interface TokenPayload {
  mapId: string;
  request: PrintRequest;
  /** Expiry, ms since the epoch. */
  exp: number;
}

function sign(body: string, key: Buffer): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

export function createPrintToken(mapId: string, request: PrintRequest, now = Date.now(), key = secret()): string {
  const payload: TokenPayload = { mapId, request, exp: now + TOKEN_TTL_MS };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(body, key).toString('base64url')}`;
}

export type TokenCheck = { ok: true; request: PrintRequest } | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'other-map' };

/** Checks a token's signature, expiry and map; returns the print request it carries. */
export function verifyPrintToken(token: string, mapId: string, now = Date.now(), key = secret()): TokenCheck {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'malformed' };
  const expected = sign(body, key);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  let payload: TokenPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof payload.exp !== 'number' || payload.exp < now) return { ok: false, reason: 'expired' };
  if (payload.mapId !== mapId) return { ok: false, reason: 'other-map' };
  const request = printRequestSchema.safeParse(payload.request);
  if (!request.success) return { ok: false, reason: 'malformed' };
  return { ok: true, request: request.data };
}
