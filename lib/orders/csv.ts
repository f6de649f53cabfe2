import Papa from 'papaparse';

/**
 * Streaming CSV reading on papaparse's core parser: text arrives in chunks, complete
 * records are returned, and a record cut by a chunk's end (including a quoted field
 * holding newlines) is carried over to the next chunk.
 */

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
export type Newline = '\n' | '\r\n' | '\r';

/** A record cut across more than this many characters means an unterminated quote. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

export class CsvRecordTooLongError extends Error {
  constructor(readonly rowNumber: number) {
    super(`Row ${rowNumber} never ends: a quoted field is probably missing its closing quote.`);
    this.name = 'CsvRecordTooLongError';
  }
}

/** The line break used between records, judged from text outside quoted fields. */
export function detectNewline(text: string): Newline {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && c === 10) return '\n';
    else if (!inQuotes && c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return '\n';
}

function parseSample(text: string, delimiter: string, newline: Newline, maxRows: number): string[][] {
  const parser = new Papa.Parser({ delimiter, newline, preview: maxRows });
  return (parser.parse(text, 0, false) as Papa.ParseResult<string[]>).data;
}

/**
 * The delimiter among comma, semicolon and tab that splits the sample's records into the
 * same number (>1) of fields most consistently. Null when none splits the header.
 */
export function detectDelimiter(sample: string, newline: Newline = detectNewline(sample)): Delimiter | null {
  let best: { delimiter: Delimiter; score: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const rows = parseSample(sample, delimiter, newline, 50).filter((row) => !(row.length === 1 && row[0] === ''));
    if (rows.length === 0) continue;
    const width = rows[0].length;
    if (width < 2) continue;
    // Ignore the last record of a cut sample, it may be incomplete.
    const body = rows.length > 2 ? rows.slice(1, -1) : rows.slice(1);
    const consistent = body.length === 0 ? 1 : body.filter((row) => row.length === width).length / body.length;
    const score = consistent * 1000 + width;
    if (!best || score > best.score) best = { delimiter, score };
  }
  return best?.delimiter ?? null;
}

export class CsvChunkParser {
  private readonly parser: Papa.Parser;
  private carry = '';
  /** Records returned so far (the header is record 1). */
  recordCount = 0;

  constructor(delimiter: Delimiter, newline: Newline) {
    this.parser = new Papa.Parser({ delimiter, newline });
  }

  /** Complete records in `text` (and what was carried); the cut last one is kept. */
  push(text: string): string[][] {
    const input = this.carry.length > 0 ? this.carry + text : text;
    const result = this.parser.parse(input, 0, true) as Papa.ParseResult<string[]>;
    const cursor = result.meta.cursor;
    this.carry = cursor < input.length ? input.slice(cursor) : '';
    if (this.carry.length > MAX_RECORD_CHARS) throw new CsvRecordTooLongError(this.recordCount + result.data.length + 1);
    this.recordCount += result.data.length;
    return result.data;
  }

  /** The records left at the end of the input. */
  end(): string[][] {
    if (this.carry.length === 0) return [];
    const input = this.carry;
    this.carry = '';
    const data = (this.parser.parse(input, 0, false) as Papa.ParseResult<string[]>).data;
    // A file ending with a line break leaves one empty record; it is not a row.
    const rows = data.filter((row) => !(row.length === 1 && row[0] === ''));
    this.recordCount += rows.length;
    return rows;
  }
}

/** True for records that are entirely empty (blank lines), which are skipped silently. */
export function isBlankRecord(row: readonly string[]): boolean {
  for (let i = 0; i < row.length; i++) if (row[i] !== '') return false;
  return true;
}
