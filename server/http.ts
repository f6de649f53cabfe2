import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { MissingHistoryError } from '@/db/history/read';
import { MISSING_HISTORY_PROBLEM } from '@/db/queries/stores';
import { problemsFromZod, summarise, type ValidationProblem } from '@/lib/journey/validate';

/** Route-handler helpers: every API answers errors the same way. */

export const MAX_JSON_BODY_BYTES = 5 * 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: ValidationProblem[] = [],
  ) {
    super(message);
  }
}

export function errorResponse(status: number, message: string, problems: ValidationProblem[] = []) {
  return NextResponse.json({ error: message, ...(problems.length ? { problems } : {}) }, { status });
}

/**
 * Turns an HttpError into its response, and a store whose history file is gone into a 409
 * saying what to do (not the file's path); anything else is a 500 with a generic message.
 */
export function handleError(error: unknown) {
  if (error instanceof HttpError) return errorResponse(error.status, error.message, error.problems);
  if (error instanceof MissingHistoryError) return errorResponse(409, `This store's orders cannot be read. ${MISSING_HISTORY_PROBLEM}`);
  console.error(error);
  return errorResponse(500, 'Something went wrong on the server; nothing was changed.');
}

/**
 * Reads a JSON body of at most `maxBytes`, counting bytes as they arrive so an oversized
 * body is refused without being held in memory.
 */
/**
 * Reads an optional JSON body: an absent or empty body is `fallback`; anything else must be
 * well-formed JSON (a malformed body is still a 400, never silently ignored).
 */
export async function readOptionalJson(request: Request, fallback: unknown, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  try {
    return await readJson(request, maxBytes);
  } catch (error) {
    if (error instanceof HttpError && error.status === 400 && error.message.startsWith('body: required')) return fallback;
    throw error;
  }
}

const DRAIN_LIMIT_FACTOR = 4;

async function drain(request: Request): Promise<void> {
  const reader = request.body?.getReader();
  if (!reader) return;
  try {
    for (;;) if ((await reader.read()).done) return;
  } catch {
    // the client went away: nothing to answer
  }
}

export async function readJson(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    // Read a moderately oversized body to its end before answering, so the client gets the
    // 413 instead of a broken pipe; a far larger one is refused at once.
    if (declared <= DRAIN_LIMIT_FACTOR * maxBytes) await drain(request);
    throw tooLarge(maxBytes);
  }
  const reader = request.body?.getReader();
  if (!reader) throw new HttpError(400, 'body: required (a JSON object)');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new HttpError(400, 'body: required (a JSON object)');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `body: malformed JSON (${(error as Error).message})`);
  }
}

function tooLarge(maxBytes: number) {
  return new HttpError(413, `body: larger than the limit of ${Math.round(maxBytes / 1024 / 1024)} MB`);
}

/** Validates with zod, turning failures into a 400 that names each path. */
export function parseWith<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = problemsFromZod(parsed.error);
  throw new HttpError(400, summarise(problems), problems);
}

/** Map and version ids are UUIDs; anything else cannot exist. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
