import { describe, expect, it } from 'vitest';
import { ImportInputError } from './errors';
import { previewCsv } from './preview';
import { fixture } from './test-helpers';

describe('previewCsv', () => {
  it('recognises a Shopify export by its header, whatever its column order', () => {
    const preview = previewCsv(fixture('shopify-orders.csv'), 'orders_export.csv');
    expect(preview.format).toBe('shopify');
    expect(preview.encoding).toBe('utf-8');
    expect(preview.delimiter).toBe(',');
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[0][preview.header.indexOf('Notes')]).toBe('Gift wrap,\nplease');
    expect(preview.detectedDateFormat).toBe('YYYY-MM-DD');
    expect(preview.suggestedMapping).toMatchObject({ orderId: 'Name', customerEmail: 'Email', createdAt: 'Created at' });
  });

  it('reads a semicolon file and detects day-first dates from the data', () => {
    const preview = previewCsv(fixture('generic-semicolon.csv'), 'export.csv');
    expect(preview).toMatchObject({ format: 'generic', delimiter: ';', detectedDateFormat: 'D/M/YYYY', ambiguousDates: false });
    expect(preview.suggestedMapping).toMatchObject({ customerEmail: 'E-Mail', category: 'Kategorie', country: 'Land', status: 'Status' });
  });

  it('flags dates the data cannot decide', () => {
    const preview = previewCsv(fixture('generic-ambiguous-dates.csv'), 'a.csv');
    expect(preview).toMatchObject({ detectedDateFormat: null, ambiguousDates: true });
    expect(preview.suggestedMapping).toEqual({ orderId: 'order_id', customerEmail: 'email', createdAt: 'order_date', total: 'total' });
  });

  it.each([
    ['utf8-bom.csv', 'utf-8-bom', ','],
    ['utf16le-excel.txt', 'utf-16le', '\t'],
    ['utf16be.csv', 'utf-16be', ','],
    ['windows-1252.csv', 'windows-1252', ';'],
  ])('reads %s (%s, %j)', (name, encoding, delimiter) => {
    const preview = previewCsv(fixture(name), name);
    expect(preview).toMatchObject({ encoding, delimiter, header: ['order_id', 'email', 'created_at', 'total', 'product'] });
    expect(preview.rows[0][4]).toBe('Crème brûlée € set');
  });

  it.each([
    ['empty.csv', 'empty-file', 'The file is empty.'],
    ['header-only.csv', 'empty-file', 'The file has a header but no rows.'],
    ['not-a-csv.xlsx', 'not-csv', 'Excel workbook'],
  ])('refuses %s clearly', (name, code, message) => {
    try {
      previewCsv(fixture(name), name);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportInputError);
      expect((error as ImportInputError).code).toBe(code);
      expect((error as Error).message).toContain(message);
    }
  });

  it('refuses text without any delimiter', () => {
    expect(() => previewCsv(new TextEncoder().encode('hello\nworld\n'), 'notes.txt')).toThrow(/no comma, semicolon or tab/);
  });
});
