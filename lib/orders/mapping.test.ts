import { describe, expect, it } from 'vitest';
import { columnMappingSchema, importOptionsSchema, suggestMapping, validateMapping } from './mapping';

const header = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'];

describe('suggestMapping', () => {
  it('maps an Online-Retail-style header by name', () => {
    expect(suggestMapping(header)).toEqual({
      orderId: 'InvoiceNo',
      customerId: 'CustomerID',
      createdAt: 'InvoiceDate',
      quantity: 'Quantity',
      unitPrice: 'UnitPrice',
      productName: 'Description',
      sku: 'StockCode',
      country: 'Country',
    });
  });

  it('matches names whatever their case and punctuation, each column once', () => {
    const mapping = suggestMapping(['Order #', 'E-mail', 'Order Date', 'Total', 'Sales channel', 'Coupon code']);
    expect(mapping).toMatchObject({
      orderId: 'Order #',
      customerEmail: 'E-mail',
      createdAt: 'Order Date',
      total: 'Total',
      source: 'Sales channel',
      discountCode: 'Coupon code',
    });
  });
});

describe('validateMapping', () => {
  it('accepts a complete mapping', () => {
    expect(validateMapping(header, suggestMapping(header))).toEqual([]);
  });

  it('names unknown columns and missing fields', () => {
    const problems = validateMapping(header, { orderId: 'Invoice', createdAt: 'InvoiceDate', unitPrice: 'UnitPrice' });
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toContain('"Invoice" is not in the file');
    expect(messages).toContain('Customer');
    expect(messages).toContain('Amount');
    expect(messages).toContain('a unit price needs a quantity column');
  });

  it('refuses one column used for two fields', () => {
    const problems = validateMapping(header, {
      orderId: 'InvoiceNo',
      customerId: 'CustomerID',
      createdAt: 'InvoiceDate',
      total: 'UnitPrice',
      unitPrice: 'UnitPrice',
      quantity: 'Quantity',
    });
    expect(problems.map((p) => p.message)).toEqual(['Unit price: column "UnitPrice" is already used for Order total']);
  });
});

describe('schemas', () => {
  it('rejects unknown fields and validates options', () => {
    expect(columnMappingSchema.safeParse({ orderId: 'a', nope: 'b' }).success).toBe(false);
    expect(importOptionsSchema.parse({})).toEqual({ timezone: 'UTC', dateFormat: 'auto' });
    expect(importOptionsSchema.safeParse({ timezone: 'Mars/Olympus' }).success).toBe(false);
    expect(importOptionsSchema.parse({ timezone: 'Europe/Berlin', dateFormat: 'D/M/YYYY' }).dateFormat).toBe('D/M/YYYY');
  });
});
