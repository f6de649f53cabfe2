/**
 * CSV output that is safe to open in a spreadsheet: a cell starting with = + - @, a tab
 * or a carriage return could be run as a formula, so it is prefixed with a quote (').
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows → CSV text (CRLF line ends, RFC 4180 quoting), every cell neutralised. */
export function toSafeCsv(rows: string[][]): string {
  return rows.map((row) => row.map((cell) => quote(neutraliseCell(cell))).join(',')).join('\r\n') + '\r\n';
}
