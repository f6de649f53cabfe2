import { describe, expect, it } from 'vitest';
import { readOrdersInMemory } from './read-in-memory';
import { fixture } from './test-helpers';

async function shopify(chunkSize?: number) {
  const result = await readOrdersInMemory(fixture('shopify-orders.csv'), { chunkSize });
  return { ...result, byId: new Map(result.orders.map((o) => [o.orderId, o])) };
}

describe('Shopify export', () => {
  it('makes one order of the rows sharing a Name, order fields from the row carrying them', async () => {
    const { byId, rows } = await shopify();
    expect(rows).toBe(10);
    const order = byId.get('#1001')!;
    expect(order).toMatchObject({
      customerKey: 'ana@example.com',
      createdAt: Date.UTC(2025, 0, 5, 15),
      total: 54,
      netRevenue: 54,
      discountCode: 'WELCOME10',
      source: 'web',
      country: 'US',
      currency: 'USD',
      isPurchase: true,
      exclusion: null,
      rowNumber: 2,
    });
    expect(order.lines.map((l) => [l.productName, l.quantity, l.lineTotal])).toEqual([
      ['Vitamin C Serum', 1, 34.2],
      ['Lip Repair Balm "Mint"', 1, 19.8],
    ]);
  });

  it('gives the same orders however the file is cut into chunks', async () => {
    const whole = await shopify();
    for (const size of [1, 7, 64]) expect((await shopify(size)).orders).toEqual(whole.orders);
  });

  it('keys customers by trimmed, lower-cased e-mail and keeps anonymous orders', async () => {
    const { byId } = await shopify();
    expect(byId.get('#1007')!.customerKey).toBe('bob@example.com');
    expect(byId.get('#1002')).toMatchObject({ customerKey: null, isPurchase: true, total: 18 });
  });

  it('flags cancelled, voided and fully refunded orders and reduces partial refunds', async () => {
    const { byId } = await shopify();
    expect(byId.get('#1003')).toMatchObject({ isPurchase: true, total: 80, refunded: 20, netRevenue: 60 });
    expect(byId.get('#1004')).toMatchObject({ isPurchase: false, exclusion: 'refunded', netRevenue: 0 });
    expect(byId.get('#1005')).toMatchObject({ isPurchase: false, exclusion: 'cancelled' });
    expect(byId.get('#1006')).toMatchObject({ isPurchase: false, exclusion: 'cancelled' });
  });
});

describe('generic files', () => {
  it('reads semicolons, decimal commas, day-first dates and customer ids', async () => {
    const result = await readOrdersInMemory(fixture('generic-semicolon.csv'), {
      mapping: {
        orderId: 'Bestellnummer',
        customerId: 'Kunde',
        customerEmail: 'E-Mail',
        createdAt: 'Datum',
        quantity: 'Menge',
        unitPrice: 'Einzelpreis',
        productName: 'Artikel',
        category: 'Kategorie',
        discountCode: 'Gutschein',
        source: 'Kanal',
        country: 'Land',
        status: 'Status',
      },
      timezone: 'Europe/Berlin',
    });
    expect(result.dateFormat).toBe('D/M/YYYY');
    const [a1, a2, a3] = result.orders;
    expect(a1).toMatchObject({ orderId: 'A-1', customerKey: 'K100', total: 1259, createdAt: Date.UTC(2025, 1, 3, 13, 5) });
    expect(a1.lines.map((l) => l.category)).toEqual(['Bad', 'Möbel']);
    expect(a2).toMatchObject({ customerKey: 'K200', discountCode: 'WINTER10', source: 'laden', country: 'AT' });
    expect(a3).toMatchObject({ isPurchase: false, exclusion: 'cancelled' });
  });

  it('treats negative quantities as returns and keeps rows without a customer as anonymous', async () => {
    const result = await readOrdersInMemory(fixture('generic-returns.csv'), {
      mapping: {
        orderId: 'InvoiceNo',
        sku: 'StockCode',
        productName: 'Description',
        quantity: 'Quantity',
        createdAt: 'InvoiceDate',
        unitPrice: 'UnitPrice',
        customerId: 'CustomerID',
        country: 'Country',
      },
    });
    expect(result.dateFormat).toBe('M/D/YYYY');
    const byId = new Map(result.orders.map((o) => [o.orderId, o]));
    expect(byId.get('536365')).toMatchObject({ customerKey: '17850', total: 35.64, isPurchase: true });
    expect(byId.get('536366')).toMatchObject({ customerKey: null, isPurchase: true });
    expect(byId.get('C536379')).toMatchObject({ isPurchase: false, exclusion: 'return', total: -27.5 });
    expect(byId.get('536382')).toMatchObject({ isPurchase: true, total: 0 });
  });

  it('rejects bad rows with their reason and original row number', async () => {
    const result = await readOrdersInMemory(fixture('generic-bad-rows.csv'), {
      mapping: { orderId: 'order_id', customerEmail: 'email', createdAt: 'created_at', total: 'total' },
    });
    expect(result.rejected.map((r) => [r.rowNumber, r.reason])).toEqual([
      [3, 'unparsable date'],
      [4, 'unparsable amount'],
      [5, 'missing order id'],
      [6, 'wrong number of columns'],
      [7, 'missing date'],
    ]);
    expect(result.rejected[0].cells).toEqual(['2', 'b@example.com', 'yesterday', '12.00']);
    expect(result.orders.map((o) => o.orderId)).toEqual(['1', '6']);
    expect(result.orders[1]).toMatchObject({ isPurchase: false, exclusion: 'return' });
  });

  it('reads an amount the same every time it recurs, a bad one included', async () => {
    const text = [
      'order_id,email,created_at,total',
      '1,a@example.com,2025-01-01,12.50',
      '2,b@example.com,2025-01-02,abc',
      '3,c@example.com,2025-01-03,12.50',
      '4,d@example.com,2025-01-04,abc',
    ].join('\n');
    const result = await readOrdersInMemory(new TextEncoder().encode(text), {
      mapping: { orderId: 'order_id', customerEmail: 'email', createdAt: 'created_at', total: 'total' },
    });
    expect(result.rejected.map((r) => [r.rowNumber, r.reason])).toEqual([
      [3, 'unparsable amount'],
      [5, 'unparsable amount'],
    ]);
    expect(result.orders.map((o) => [o.orderId, o.total])).toEqual([
      ['1', 12.5],
      ['3', 12.5],
    ]);
  });
});
