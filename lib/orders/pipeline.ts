import { CsvChunkParser, isBlankRecord, type Delimiter, type Newline } from './csv';
import type { DateReadOptions } from './dates';
import { createDecoder, type TextEncodingName } from './encoding';
import { OrderAssembler, type ResolvedColumns, type RowSink } from './normalise';

/**
 * The streaming read of a whole file: bytes → text → records → orders. Memory stays
 * bounded by one chunk plus one order, whatever the file size.
 */
export interface StreamFormat {
  encoding: TextEncodingName;
  bomLength: number;
  delimiter: Delimiter;
  newline: Newline;
}

export interface PipelineProgress {
  /** Data rows read so far. */
  rows: number;
  /** Bytes of the file read so far. */
  bytes: number;
}

/**
 * Calls `onRecords` with each batch of records (header included, as record 1) and
 * `onProgress` after each chunk. Returns the number of records.
 */
export async function readRecords(
  chunks: AsyncIterable<Uint8Array>,
  format: StreamFormat,
  onRecords: (records: string[][], firstRecordNumber: number) => void,
  onProgress?: (bytes: number, records: number) => void,
): Promise<number> {
  const decoder = createDecoder(format.encoding);
  const parser = new CsvChunkParser(format.delimiter, format.newline);
  let bytes = 0;
  let skip = format.bomLength;
  let recordNumber = 1;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    let data = chunk;
    if (skip > 0) {
      const cut = Math.min(skip, data.length);
      data = data.subarray(cut);
      skip -= cut;
    }
    const records = parser.push(decoder.decode(data));
    if (records.length > 0) {
      onRecords(records, recordNumber);
      recordNumber += records.length;
    }
    onProgress?.(bytes, recordNumber - 1);
  }
  const tail = parser.push(decoder.end());
  const last = [...tail, ...parser.end()];
  if (last.length > 0) {
    onRecords(last, recordNumber);
    recordNumber += last.length;
  }
  onProgress?.(bytes, recordNumber - 1);
  return recordNumber - 1;
}

export interface OrderPipelineInput {
  chunks: AsyncIterable<Uint8Array>;
  format: StreamFormat;
  columns: ResolvedColumns;
  header: string[];
  dates: DateReadOptions;
  sink: RowSink;
  onProgress?: (progress: PipelineProgress) => void;
}

/** Reads every data row of the file into the sink (orders and rejected rows). */
export async function readOrders(input: OrderPipelineInput): Promise<PipelineProgress> {
  const assembler = new OrderAssembler(input.header, input.columns, input.dates, input.sink);
  let headerSeen = false;
  let rows = 0;
  let bytesRead = 0;
  await readRecords(
    input.chunks,
    input.format,
    (records, first) => {
      for (let i = 0; i < records.length; i++) {
        const record = records[i];
        if (isBlankRecord(record)) continue;
        if (!headerSeen) {
          headerSeen = true; // The header was checked up front.
          continue;
        }
        rows++;
        assembler.row(record, first + i);
      }
    },
    (bytes) => {
      bytesRead = bytes;
      input.onProgress?.({ rows, bytes });
    },
  );
  assembler.end();
  return { rows, bytes: bytesRead };
}
