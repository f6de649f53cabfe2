import 'server-only';
import Papa from 'papaparse';
import { customerRow, type CustomerList } from '@/lib/analytics';
import { neutraliseCell } from '@/lib/orders/csv-output';

/**
 * Customer lists as CSV downloads. Text cells (customer ids come from the imported file)
 * are neutralised against spreadsheet formula injection; numbers are written as numbers.
 */

export const CUSTOMER_CSV_COLUMNS = ['customer', 'first_purchase_at', 'last_purchase_at', 'purchases', 'revenue'] as const;

type Cell = string | number;

function safe(cell: Cell): Cell {
  return typeof cell === 'string' ? neutraliseCell(cell) : cell;
}

/** Rows (the first is the header) → CSV text with CRLF line ends. */
export function toCsv(rows: Cell[][]): string {
  return Papa.unparse(rows.map((row) => row.map(safe)), { newline: '\r\n', quotes: false }) + '\r\n';
}

/** One row per customer of the list, in its order, with `extra` columns in front. */
export function customerListCsv(list: CustomerList, extra: { header: string; value: string }[] = []): string {
  const rows: Cell[][] = [[...extra.map((e) => e.header), ...CUSTOMER_CSV_COLUMNS]];
  for (let k = 0; k < list.customers.length; k++) {
    const row = customerRow(list.store, list.observation, list.customers[k]);
    rows.push([...extra.map((e) => e.value), row.customerId, row.firstPurchaseAt, row.lastPurchaseAt, row.purchases, row.revenue]);
  }
  return toCsv(rows);
}

/** A file name safe in a Content-Disposition header: ASCII letters, digits, "-", "_", ".". */
export function csvFileName(...parts: string[]): string {
  const stem = parts
    .join('-')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${stem || 'customers'}.csv`;
}

export function csvResponse(text: string, fileName: string): Response {
  return new Response(text, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
}
