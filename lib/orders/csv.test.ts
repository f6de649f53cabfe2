import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvChunkParser, detectDelimiter, detectNewline, type Delimiter, type Newline } from './csv';

function parseInChunks(text: string, cuts: number[], delimiter: Delimiter, newline: Newline): string[][] {
  const parser = new CsvChunkParser(delimiter, newline);
  const rows: string[][] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    rows.push(...parser.push(text.slice(start, cut)));
    start = cut;
  }
  rows.push(...parser.push(text.slice(start)));
  rows.push(...parser.end());
  return rows;
}

describe('CsvChunkParser', () => {
  it('keeps quoted fields with newlines, delimiters and quotes whole across chunk cuts', () => {
    const text = 'a,b,c\r\n1,"two\r\nlines, with comma",3\r\n4,"say ""hi""",6\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      expect(parseInChunks(text, [cut], ',', '\r\n')).toEqual([
        ['a', 'b', 'c'],
        ['1', 'two\r\nlines, with comma', '3'],
        ['4', 'say "hi"', '6'],
      ]);
    }
  });

  it('returns the same records as a whole-text parse, wherever the text is cut', () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"q"', 'a,b', 'x\ny', ';', ''));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (records, rawCuts) => {
          const text = Papa.unparse(records, { newline: '\n', quotes: true }) + '\n';
          const cuts = rawCuts.map((c) => c % (text.length + 1));
          expect(parseInChunks(text, cuts, ',', '\n')).toEqual(records);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts records', () => {
    const parser = new CsvChunkParser(',', '\n');
    parser.push('a,b\n1,2\n3,');
    parser.push('4');
    parser.end();
    expect(parser.recordCount).toBe(3);
  });
});

describe('detection', () => {
  it('finds the delimiter', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,5;2;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('"x;y",b\n"1;2",3\n')).toBe(',');
    expect(detectDelimiter('just one column\nhello\n')).toBeNull();
  });

  it('finds the line break outside quotes', () => {
    expect(detectNewline('a,b\r\n1,2')).toBe('\r\n');
    expect(detectNewline('"a\r\nb",c\n1,2')).toBe('\n');
    expect(detectNewline('a,b\r1,2')).toBe('\r');
  });
});
