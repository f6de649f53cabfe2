import { describe, expect, it } from 'vitest';
import type { OrderDraft, RejectReason } from './normalise';
import { BatchUnpacker, BatchWriter, buffersOf } from './order-batch';

function draft(overrides: Partial<OrderDraft>): OrderDraft {
  return {
    orderId: '#1001',
    rowNumber: 2,
    customerKey: 'ana@example.com',
    email: 'ana@example.com',
    createdAt: Date.UTC(2025, 0, 5, 15),
    currency: 'USD',
    total: 54,
    refunded: 0,
    discountCode: 'WELCOME10',
    source: 'web',
    country: 'US',
    status: 'paid',
    cancelled: false,
    lineSum: 54,
    positiveLines: 2,
    negativeLines: 0,
    lines: [
      { position: 0, productName: 'Vitamin C Serum', sku: 'SK-1', category: 'Serums', quantity: 1, unitPrice: 34.2, lineTotal: 34.2 },
      { position: 1, productName: 'Lip Balm, "Mint"', sku: '', category: '', quantity: 1, unitPrice: 19.8, lineTotal: 19.8 },
    ],
    firstCells: ['#1001', 'ana@example.com'],
    ...overrides,
  };
}

function roundTrip(drafts: OrderDraft[], rejected: Array<[number, RejectReason, string[]]> = []) {
  const writer = new BatchWriter();
  for (const d of drafts) writer.order(d);
  for (const [row, reason, cells] of rejected) writer.reject(row, reason, cells);
  const { batch, transfer } = writer.take();
  const orders: OrderDraft[] = [];
  const rejects: Array<[number, RejectReason, string[]]> = [];
  // Through structured cloning with its buffers moved, as a batch crosses from the reader thread.
  const crossed = structuredClone(batch, { transfer });
  expect(batch.numbers.length).toBe(0); // moved, not copied
  new BatchUnpacker().unpack(crossed, { order: (o) => orders.push(o), reject: (...r) => rejects.push(r) });
  return { orders, rejects, writer };
}

describe('order batches', () => {
  it('give back each order with its lines, in order', () => {
    const drafts = [
      draft({}),
      draft({ orderId: '#1002', rowNumber: 4, customerKey: null, email: '', total: null, cancelled: true, lines: [], positiveLines: 0 }),
      draft({ orderId: '#1003', rowNumber: 5, lines: [draft({}).lines[1]].map((l) => ({ ...l, position: 0, quantity: -1 })), negativeLines: 1 }),
      // Keyed by the export's customer id, not the e-mail; and by a key without an e-mail.
      draft({ orderId: '#1004', rowNumber: 6, customerKey: 'C-17' }),
      draft({ orderId: '#1005', rowNumber: 7, customerKey: 'C-18', email: '' }),
    ];
    const { orders } = roundTrip(drafts);
    // A dated order's first cells are never reported, so they do not travel.
    expect(orders).toEqual(drafts.map((d) => ({ ...d, firstCells: [] })));
  });

  it('keep the first cells of an order without a date, to report it', () => {
    const undated = draft({ createdAt: null, firstCells: ['#1001', 'ana@example.com', '', '54.00'] });
    expect(roundTrip([undated]).orders).toEqual([undated]);
  });

  it('grow past their first buffers and start empty after each take', () => {
    const many = Array.from({ length: 900 }, (_, i) => draft({ orderId: `#${2000 + i}`, rowNumber: 2 + i, email: i % 2 ? 'é@example.com' : '' }));
    const { orders, writer } = roundTrip(many);
    expect(orders).toEqual(many.map((d) => ({ ...d, firstCells: [] })));
    expect(writer.isEmpty).toBe(true);
    expect(writer.take().batch).toMatchObject({ text: '', orders: 0, rejected: [] });
  });

  it('fill again the buffers given back after unpacking, instead of new ones', () => {
    const writer = new BatchWriter();
    writer.order(draft({}));
    const first = writer.take(); // moves buffers A out; the writer goes on with new ones, B
    const crossed = structuredClone(first.batch, { transfer: first.transfer });
    const back = structuredClone(buffersOf(crossed), { transfer: [crossed.lengths.buffer, crossed.numbers.buffer] });
    writer.recycle(back);
    writer.order(draft({ orderId: '#1002' }));
    writer.take(); // moves B out; the writer goes on with A
    const last = draft({ orderId: '#1003', lines: [], lineSum: 0, positiveLines: 0 });
    writer.order(last);
    const third = writer.take();
    expect(third.transfer[0]).toBe(back.lengths);
    expect(third.transfer[1]).toBe(back.numbers);
    // Only the third batch's order comes out of A, none of what A held before.
    const orders: OrderDraft[] = [];
    new BatchUnpacker().unpack(structuredClone(third.batch, { transfer: third.transfer }), { order: (o) => orders.push(o), reject: () => {} });
    expect(orders).toEqual([{ ...last, firstCells: [] }]);
  });

  it('number products once across batches, each batch bringing the ones it numbered', () => {
    const writer = new BatchWriter();
    const unpacker = new BatchUnpacker();
    const orders: OrderDraft[] = [];
    const sink = { order: (o: OrderDraft) => orders.push(o), reject: () => {} };
    const first = draft({});
    const [serum, balm] = first.lines;
    const second = draft({ orderId: '#1002', lines: [{ ...balm, position: 0 }, { ...serum, position: 1, productName: 'Toner' }] });
    writer.order(first);
    const one = writer.take().batch;
    writer.order(second);
    const two = writer.take().batch;
    expect(one.newProducts).toEqual(['Vitamin C Serum', 'SK-1', 'Serums', 'Lip Balm, "Mint"', '', '']);
    expect(two.newProducts).toEqual(['Toner', 'SK-1', 'Serums']);
    unpacker.unpack(structuredClone(one), sink);
    unpacker.unpack(structuredClone(two), sink);
    expect(orders.map((o) => o.lines)).toEqual([first.lines, second.lines]);
  });

  it('carry rejected rows with their reason and cells', () => {
    const { rejects, orders } = roundTrip([], [
      [3, 'unparsable date', ['2', 'b@example.com', 'yesterday']],
      [9, 'wrong number of columns', ['x']],
    ]);
    expect(orders).toEqual([]);
    expect(rejects).toEqual([
      [3, 'unparsable date', ['2', 'b@example.com', 'yesterday']],
      [9, 'wrong number of columns', ['x']],
    ]);
  });
});
