import 'server-only';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Turns a one-page PDF into SVG with poppler's `pdftocairo -svg`. Cairo draws every shape
 * as a path and every glyph as a path of its own (`<symbol>` + `<use>`), so the result is
 * plain vector art that Illustrator, Inkscape and Figma read, with no HTML and no fonts
 * to find.
 */

export const PDFTOCAIRO_INSTALL_HINT =
  'SVG export needs pdftocairo (poppler-utils) on the server, and none was found. ' +
  'Install it (Debian/Ubuntu: `apt-get install -y poppler-utils`), then try again.';

export class SvgConverterUnavailableError extends Error {
  constructor(detail?: string) {
    super(detail ? `${PDFTOCAIRO_INSTALL_HINT} (${detail})` : PDFTOCAIRO_INSTALL_HINT);
  }
}

/** Long enough for a 200-node map on a busy machine; a converter stuck longer is killed. */
const CONVERT_TIMEOUT_MS = 30_000;

export interface PdfToSvgOptions {
  /** The pdftocairo binary: a path, or a name looked up on PATH. */
  converter?: string;
  timeoutMs?: number;
  /** Kills the converter when the export is stopped (the queue's deadline). */
  signal?: AbortSignal;
}

export async function pdfToSvg(pdf: Buffer, { converter = 'pdftocairo', timeoutMs = CONVERT_TIMEOUT_MS, signal }: PdfToSvgOptions = {}): Promise<string> {
  // A private folder: the map's content never sits where another user could read it.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'loopmap-svg-'));
  try {
    const input = path.join(dir, 'map.pdf');
    const output = path.join(dir, 'map.svg');
    await writeFile(input, pdf, { mode: 0o600 });
    await run(converter, ['-svg', '-f', '1', '-l', '1', input, output], timeoutMs, signal);
    return await readFile(output, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(file: string, args: string[], timeout: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout, signal, killSignal: 'SIGKILL', windowsHide: true }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return reject(new SvgConverterUnavailableError(`${file}: not found`));
      const reason = error.killed ? `stopped after ${Math.round(timeout / 1000)} s` : String(stderr).trim() || error.message;
      reject(new Error(`pdftocairo could not convert the map: ${reason}`));
    });
  });
}
