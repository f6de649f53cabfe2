/**
 * Text encodings of exported CSV files: UTF-8 (with or without BOM), UTF-16 as Excel's
 * "Unicode Text" saves it (little-endian with BOM; big-endian also read), and
 * Windows-1252 (Excel's "CSV" on Western Windows).
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingDetection {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark at the start of the file, skipped when decoding. */
  bomLength: number;
}

/** Detects the encoding from the first bytes of a file (a few hundred KB is plenty). */
export function detectEncoding(sample: Uint8Array): EncodingDetection {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8-bom', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16 without BOM: ASCII text leaves every other byte zero.
  const probe = Math.min(sample.length, 4096) & ~1;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < probe; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    }
  }
  if (probe >= 4 && zeroOdd > probe / 8 && zeroEven === 0) return { encoding: 'utf-16le', bomLength: 0 };
  if (probe >= 4 && zeroEven > probe / 8 && zeroOdd === 0) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: isValidUtf8(sample) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/** Strict UTF-8 check that tolerates a multi-byte character cut at the end of the sample. */
function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return true; // cut by the end of the sample
      if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

// Windows-1252 bytes 0x80–0x9F; the rest coincide with Latin-1. Undefined bytes map to
// the C1 control of the same value, as the WHATWG decoder does.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const CP1252_TABLE: string[] = Array.from({ length: 256 }, (_, byte) =>
  String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : byte),
);

function decodeWindows1252(bytes: Uint8Array): string {
  // Pure ASCII chunks (most of any export) decode in one native call.
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const parts: string[] = new Array(end - start);
    for (let i = start; i < end; i++) parts[i - start] = CP1252_TABLE[bytes[i]];
    out += parts.join('');
  }
  return out;
}

export interface StreamDecoder {
  /** Decodes the next chunk; characters cut by the chunk's end are kept for the next one. */
  decode(chunk: Uint8Array): string;
  /** Whatever is left at the end of the input. */
  end(): string;
}

/** A streaming decoder for `encoding`; the BOM (if any) must already be skipped. */
export function createDecoder(encoding: TextEncodingName): StreamDecoder {
  if (encoding === 'windows-1252') {
    return { decode: decodeWindows1252, end: () => '' };
  }
  if (encoding === 'utf-16be') {
    // Swap byte pairs and read as little-endian (Node's small-ICU builds lack utf-16be).
    const inner = new TextDecoder('utf-16le', { ignoreBOM: true });
    let carry: number | null = null;
    return {
      decode(chunk) {
        let bytes = chunk;
        if (carry !== null) {
          bytes = new Uint8Array(chunk.length + 1);
          bytes[0] = carry;
          bytes.set(chunk, 1);
          carry = null;
        }
        const even = bytes.length & ~1;
        if (even < bytes.length) carry = bytes[bytes.length - 1];
        const swapped = new Uint8Array(even);
        for (let i = 0; i < even; i += 2) {
          swapped[i] = bytes[i + 1];
          swapped[i + 1] = bytes[i];
        }
        return inner.decode(swapped, { stream: true });
      },
      end: () => inner.decode(),
    };
  }
  const inner = new TextDecoder(encoding === 'utf-16le' ? 'utf-16le' : 'utf-8', { ignoreBOM: true });
  return { decode: (chunk) => inner.decode(chunk, { stream: true }), end: () => inner.decode() };
}

/** Decodes a whole buffer (for previews and small files), skipping the BOM. */
export function decodeAll(bytes: Uint8Array, detection: EncodingDetection): string {
  const decoder = createDecoder(detection.encoding);
  return decoder.decode(bytes.subarray(detection.bomLength)) + decoder.end();
}

/** What to show the user for an encoding. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (with BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};
