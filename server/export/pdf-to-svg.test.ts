import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pdfToSvg, PDFTOCAIRO_INSTALL_HINT, SvgConverterUnavailableError } from './pdf-to-svg';
import { exportErrorResponse } from './respond';

/** A one-page PDF, 200 × 100 pt, that fills a blue rectangle: written by hand, xref offsets and all. */
function rectanglePdf(): Buffer {
  const content = '0 0 1 rg 20 20 160 60 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function hasPdftocairo(): boolean {
  try {
    execFileSync('pdftocairo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('pdfToSvg', () => {
  it('without pdftocairo, fails with the install hint, which the API answers as a 503', async () => {
    const failure = pdfToSvg(rectanglePdf(), { converter: '/nonexistent/pdftocairo' });
    await expect(failure).rejects.toBeInstanceOf(SvgConverterUnavailableError);
    const error = await failure.catch((e: unknown) => e);
    expect((error as Error).message).toContain('apt-get install -y poppler-utils');
    const response = exportErrorResponse(error);
    expect(response.status).toBe(503);
    expect((await response.json()).error).toContain(PDFTOCAIRO_INSTALL_HINT);
  });

  it('a converter that fails is an error, not an empty SVG', async () => {
    await expect(pdfToSvg(Buffer.from('not a pdf'), { converter: 'false' })).rejects.toThrow(/could not convert/);
  });

  it.runIf(hasPdftocairo())('turns the page into paths at the page size', async () => {
    const svg = await pdfToSvg(rectanglePdf());
    expect(svg).toMatch(/<svg[^>]*width="200(pt)?"[^>]*height="100(pt)?"/);
    expect(svg).toContain('<path');
    expect(svg).not.toContain('<image');
  });
});
