import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { JourneyDocument } from '../../lib/journey/schema';

/** Helpers for the export specs: maps made through the API, PDFs checked with poppler. */

export async function createMapWith(request: APIRequestContext, document: JourneyDocument): Promise<string> {
  const created = await request.post('/api/maps', { data: { name: document.meta.name, template: 'blank' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const put = await request.put(`/api/maps/${id}/document`, { data: { document } });
  expect(put.status(), await put.text()).toBe(200);
  return id;
}

export async function createFromTemplate(request: APIRequestContext, template: string, name: string): Promise<{ id: string; document: JourneyDocument }> {
  const created = await request.post('/api/maps', { data: { name, template } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const map = (await (await request.get(`/api/maps/${id}`)).json()) as { document: JourneyDocument };
  return { id, document: map.document };
}

/** Writes an export into the running test's output folder (Playwright clears it on the next run). */
export function saveTemp(bytes: Buffer, extension: string): string {
  fs.mkdirSync(test.info().outputDir, { recursive: true });
  const dir = fs.mkdtempSync(test.info().outputPath('export-'));
  const file = path.join(dir, `export.${extension}`);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The PDF's text (or one page's) with all runs of white space made single spaces. */
export function pdfText(file: string, page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...pages, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** How many bitmaps the PDF holds (pdfimages lists one a line after two header lines). */
export function pdfImageCount(file: string): number {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).length;
}

export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(out);
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** Every font in the PDF, with whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type [encoding…] emb sub uni object ID: emb is the 5th column from the end.
    return { name: cols[0], embedded: cols[cols.length - 5] === 'yes' };
  });
}

export function titlesOf(document: JourneyDocument): string[] {
  return document.nodes.map((n) => (n.kind === 'note' ? n.data.text.split('\n')[0].trim() : n.data.title)).filter(Boolean);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
