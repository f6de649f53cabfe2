import { NextResponse } from 'next/server';
import { connection } from 'next/server';
import { createMap, listMaps } from '@/db/queries/maps';
import { buildTemplate } from '@/lib/journey/templates';
import { createMapBody } from '@/server/map-requests';
import { handleError, parseWith, readJson } from '@/server/http';

export const runtime = 'nodejs';

export async function GET(request: Request) {
  await connection();
  const search = new URL(request.url).searchParams.get('search') ?? '';
  const maps = listMaps(search).map((m) => ({ ...m, updatedAt: m.updatedAt.toISOString(), createdAt: m.createdAt.toISOString() }));
  return NextResponse.json({ maps });
}

export async function POST(request: Request) {
  try {
    const body = parseWith(createMapBody, await readJson(request));
    const id = createMap(buildTemplate(body.template, body.name));
    return NextResponse.json({ id }, { status: 201 });
  } catch (error) {
    return handleError(error);
  }
}
