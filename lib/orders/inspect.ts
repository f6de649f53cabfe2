import { detectDelimiter, detectNewline, CsvChunkParser, isBlankRecord, type Delimiter, type Newline } from './csv';
import { detectDateFormat, type DateFormatDetection } from './dates';
import { createDecoder, detectEncoding, type TextEncodingName } from './encoding';
import { ImportInputError } from './errors';
import { isShopifyHeader, SHOPIFY_COLUMNS } from './shopify';

/**
 * What the first bytes of a file say about it: encoding, delimiter, line break, header,
 * the first rows and whether it is Shopify's order export. Shared by the preview and by
 * the import's up-front checks, so both see the file the same way.
 */
export interface CsvInspection {
  encoding: TextEncodingName;
  bomLength: number;
  delimiter: Delimiter;
  newline: Newline;
  header: string[];
  /** Data rows of the sample (blank lines skipped); the last, possibly cut, is dropped. */
  rows: string[][];
  format: 'shopify' | 'generic';
}

/** Bytes read from the start of a file to inspect it. */
export const INSPECT_BYTES = 4 * 1024 * 1024;

const BINARY_SIGNATURES: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook or ZIP archive (save it as CSV first)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (save it as CSV first)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/**
 * Inspects `sample`, the first bytes of a file. `complete` says the sample is the whole
 * file (so its last record is complete).
 */
export function inspectCsv(sample: Uint8Array, complete: boolean): CsvInspection {
  for (const { bytes, what } of BINARY_SIGNATURES) {
    if (startsWith(sample, bytes)) throw new ImportInputError('not-csv', `This file is ${what}, not a CSV file.`);
  }
  const detection = detectEncoding(sample);
  const decoder = createDecoder(detection.encoding);
  let text = decoder.decode(sample.subarray(detection.bomLength));
  if (complete) text += decoder.end();
  if (text.trim().length === 0) throw new ImportInputError('empty-file', 'The file is empty.');
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 65536))) {
    throw new ImportInputError('not-csv', 'This file is not a CSV file (it contains binary data).');
  }
  const newline = detectNewline(text);
  const delimiter = detectDelimiter(text, newline);
  if (!delimiter) {
    throw new ImportInputError(
      'not-csv',
      'This does not look like a CSV file: no comma, semicolon or tab separates the columns of its first line.',
    );
  }
  const parser = new CsvChunkParser(delimiter, newline);
  const records = [...parser.push(text), ...(complete ? parser.end() : [])].filter((row) => !isBlankRecord(row));
  if (records.length === 0) throw new ImportInputError('empty-file', 'The file is empty.');
  const header = records[0].map((name) => name.trim());
  if (header.filter((name) => name !== '').length === 0) {
    throw new ImportInputError('not-csv', 'The first line of the file should be a header naming the columns, but it is empty.');
  }
  const rows = records.slice(1);
  if (rows.length === 0) throw new ImportInputError('empty-file', 'The file has a header but no rows.');
  return {
    encoding: detection.encoding,
    bomLength: detection.bomLength,
    delimiter,
    newline,
    header,
    rows,
    format: isShopifyHeader(header) ? 'shopify' : 'generic',
  };
}

/** The date format the sample's date column decides (see detectDateFormat). */
export function detectSampleDateFormat(inspection: CsvInspection, dateColumn: string | undefined): DateFormatDetection {
  const column = inspection.format === 'shopify' && !dateColumn ? SHOPIFY_COLUMNS.createdAt : dateColumn;
  const index = column ? inspection.header.indexOf(column) : -1;
  if (index >= 0) return detectDateFormat(inspection.rows.map((row) => row[index] ?? ''));
  if (column) return { format: null, ambiguous: false };
  // No date column chosen yet: the first column holding dates tells.
  for (let i = 0; i < inspection.header.length; i++) {
    const detection = detectDateFormat(inspection.rows.map((row) => row[i] ?? ''));
    if (detection.format || detection.ambiguous) return detection;
  }
  return { format: null, ambiguous: false };
}
