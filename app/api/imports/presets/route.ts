import { NextResponse, connection } from 'next/server';
import { listMappingPresets, saveMappingPreset } from '@/db/queries/stores';
import { handleError, parseWith, readJson } from '@/server/http';
import { savePresetBody } from '@/server/store-requests';

export const runtime = 'nodejs';

/** Named column mappings for generic CSVs, shared by every store. */
export async function GET() {
  await connection();
  return NextResponse.json({ presets: listMappingPresets() }, { headers: { 'Cache-Control': 'no-store' } });
}

/** Saves a preset; a preset of the same name is replaced. */
export async function POST(request: Request) {
  try {
    const body = parseWith(savePresetBody, await readJson(request));
    const id = saveMappingPreset(body.name, body.mapping, body.options);
    return NextResponse.json({ id }, { status: 201 });
  } catch (error) {
    return handleError(error);
  }
}
