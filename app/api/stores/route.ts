import { NextResponse, connection } from 'next/server';
import { createStore, listStores } from '@/db/queries/stores';
import { handleError, parseWith, readJson } from '@/server/http';
import { createStoreBody } from '@/server/store-requests';

export const runtime = 'nodejs';

export async function GET() {
  await connection();
  return NextResponse.json({ stores: listStores() }, { headers: { 'Cache-Control': 'no-store' } });
}

export async function POST(request: Request) {
  try {
    const body = parseWith(createStoreBody, await readJson(request));
    const id = createStore(body.name);
    return NextResponse.json({ id }, { status: 201 });
  } catch (error) {
    return handleError(error);
  }
}
