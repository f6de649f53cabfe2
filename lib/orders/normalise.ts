import { parseAmount } from './amounts';
import { parseDate, type DateReadOptions } from './dates';
import type { ColumnMapping } from './mapping';
import { classifyOrder, customerKeyOf, type Exclusion } from './rules';
import { SHOPIFY_COLUMNS } from './shopify';
import { trimmed } from './trim';

/**
 * Rows → orders. A row is read through a resolved mapping (column indexes); rows of the
 * same order that follow each other are assembled into one order, order-level fields
 * taken from the first row that carries them. Rows that cannot be read are rejected
 * with a reason and their original row number.
 */

/** Column index per field, -1 when the field is not in the file. */
export interface ResolvedColumns {
  orderId: number;
  customerId: number;
  customerEmail: number;
  createdAt: number;
  total: number;
  quantity: number;
  unitPrice: number;
  productName: number;
  sku: number;
  category: number;
  discountCode: number;
  source: number;
  /** Tried in order: the first non-empty one is the country. */
  country: number[];
  status: number;
  currency: number;
  cancelledAt: number;
  refundedAmount: number;
  lineDiscount: number;
}

function indexOf(header: readonly string[], column: string | undefined): number {
  if (!column) return -1;
  return header.indexOf(column);
}

export function resolveGenericColumns(header: readonly string[], mapping: ColumnMapping): ResolvedColumns {
  return {
    orderId: indexOf(header, mapping.orderId),
    customerId: indexOf(header, mapping.customerId),
    customerEmail: indexOf(header, mapping.customerEmail),
    createdAt: indexOf(header, mapping.createdAt),
    total: indexOf(header, mapping.total),
    quantity: indexOf(header, mapping.quantity),
    unitPrice: indexOf(header, mapping.unitPrice),
    productName: indexOf(header, mapping.productName),
    sku: indexOf(header, mapping.sku),
    category: indexOf(header, mapping.category),
    discountCode: indexOf(header, mapping.discountCode),
    source: indexOf(header, mapping.source),
    country: [indexOf(header, mapping.country)].filter((i) => i >= 0),
    status: indexOf(header, mapping.status),
    currency: indexOf(header, mapping.currency),
    cancelledAt: -1,
    refundedAmount: -1,
    lineDiscount: -1,
  };
}

export function resolveShopifyColumns(header: readonly string[]): ResolvedColumns {
  const trimmed = header.map((name) => name.trim());
  const at = (column: string) => trimmed.indexOf(column);
  const c = SHOPIFY_COLUMNS;
  return {
    orderId: at(c.orderId),
    customerId: -1,
    customerEmail: at(c.email),
    createdAt: at(c.createdAt),
    total: at(c.total),
    quantity: at(c.quantity),
    unitPrice: at(c.unitPrice),
    productName: at(c.productName),
    sku: at(c.sku),
    category: at(c.category),
    discountCode: at(c.discountCode),
    source: at(c.source),
    country: [at(c.shippingCountry), at(c.billingCountry)].filter((i) => i >= 0),
    status: at(c.financialStatus),
    currency: at(c.currency),
    cancelledAt: at(c.cancelledAt),
    refundedAmount: at(c.refundedAmount),
    lineDiscount: at(c.lineDiscount),
  };
}

export interface NormalisedLine {
  position: number;
  productName: string;
  sku: string;
  category: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
}

/** An order as read from one run of consecutive rows (merged later if it recurs). */
export interface OrderDraft {
  orderId: string;
  /** Row number of the order's first row (header = row 1). */
  rowNumber: number;
  customerKey: string | null;
  email: string;
  /** Epoch ms, or null while no row of the order carried a date. */
  createdAt: number | null;
  currency: string;
  total: number | null;
  refunded: number;
  discountCode: string;
  source: string;
  country: string;
  status: string;
  cancelled: boolean;
  lineSum: number;
  positiveLines: number;
  negativeLines: number;
  lines: NormalisedLine[];
  /** The first row's cells, kept to report the order if it never gets a date. */
  firstCells: string[];
}

export interface FinalOrder {
  orderId: string;
  rowNumber: number;
  customerKey: string | null;
  email: string;
  createdAt: number;
  currency: string;
  total: number;
  refunded: number;
  netRevenue: number;
  discountCode: string;
  source: string;
  country: string;
  status: string;
  isPurchase: boolean;
  exclusion: Exclusion | null;
}

export function finaliseOrder(draft: OrderDraft & { createdAt: number }): FinalOrder {
  const classification = classifyOrder(draft);
  return {
    orderId: draft.orderId,
    rowNumber: draft.rowNumber,
    customerKey: draft.customerKey,
    email: draft.email,
    createdAt: draft.createdAt,
    currency: draft.currency,
    total: classification.total,
    refunded: draft.refunded,
    netRevenue: classification.netRevenue,
    discountCode: draft.discountCode,
    source: draft.source,
    country: draft.country,
    status: draft.status,
    isPurchase: classification.isPurchase,
    exclusion: classification.exclusion,
  };
}

/** Fills the draft's empty order-level fields from `other` (a later run of the same order). */
export function mergeDrafts(into: OrderDraft, other: OrderDraft): OrderDraft {
  const position = into.lines.length;
  return {
    ...into,
    rowNumber: Math.min(into.rowNumber, other.rowNumber),
    customerKey: into.customerKey ?? other.customerKey,
    email: into.email || other.email,
    createdAt: into.createdAt ?? other.createdAt,
    currency: into.currency || other.currency,
    total: into.total ?? other.total,
    refunded: into.refunded || other.refunded,
    discountCode: into.discountCode || other.discountCode,
    source: into.source || other.source,
    country: into.country || other.country,
    status: into.status || other.status,
    cancelled: into.cancelled || other.cancelled,
    lineSum: into.lineSum + other.lineSum,
    positiveLines: into.positiveLines + other.positiveLines,
    negativeLines: into.negativeLines + other.negativeLines,
    lines: [...into.lines, ...other.lines.map((line, i) => ({ ...line, position: position + i }))],
  };
}

export type RejectReason =
  | 'wrong number of columns'
  | 'missing order id'
  | 'unparsable date'
  | 'missing date'
  | 'unparsable amount'
  | 'unparsable quantity';

export interface RowSink {
  /** A run of consecutive rows of one order ended. */
  order(draft: OrderDraft): void;
  reject(rowNumber: number, reason: RejectReason, cells: string[]): void;
}

export class OrderAssembler {
  private current: OrderDraft | null = null;
  private readonly width: number;
  /** The last date cell read and its value: the rows of one order repeat their date. */
  private lastDateText = '';
  private lastDate: number | null = null;

  constructor(
    header: readonly string[],
    private readonly columns: ResolvedColumns,
    private readonly dates: DateReadOptions,
    private readonly sink: RowSink,
  ) {
    this.width = header.length;
  }

  private cell(cells: string[], index: number): string {
    return index >= 0 && index < cells.length ? trimmed(cells[index]) : '';
  }

  private amount(cells: string[], index: number): number | null | 'bad' {
    const text = this.cell(cells, index);
    if (!text) return null;
    const value = parseAmount(text);
    return value === null ? 'bad' : value;
  }

  /** Reads one data row; `rowNumber` counts the header as row 1. */
  row(cells: string[], rowNumber: number): void {
    if (cells.length !== this.width && !this.onlyEmptyExtraCells(cells)) {
      this.sink.reject(rowNumber, 'wrong number of columns', cells);
      return;
    }
    const c = this.columns;
    const orderId = this.cell(cells, c.orderId);
    if (!orderId) {
      this.sink.reject(rowNumber, 'missing order id', cells);
      return;
    }
    const dateText = this.cell(cells, c.createdAt);
    let createdAt: number | null = null;
    if (dateText) {
      if (dateText !== this.lastDateText) {
        this.lastDateText = dateText;
        this.lastDate = parseDate(dateText, this.dates);
      }
      createdAt = this.lastDate;
      if (createdAt === null) {
        this.sink.reject(rowNumber, 'unparsable date', cells);
        return;
      }
    }
    const total = this.amount(cells, c.total);
    const unitPrice = this.amount(cells, c.unitPrice);
    const refunded = this.amount(cells, c.refundedAmount);
    const lineDiscount = this.amount(cells, c.lineDiscount);
    if (total === 'bad' || unitPrice === 'bad' || refunded === 'bad' || lineDiscount === 'bad') {
      this.sink.reject(rowNumber, 'unparsable amount', cells);
      return;
    }
    const quantity = this.amount(cells, c.quantity);
    if (quantity === 'bad') {
      this.sink.reject(rowNumber, 'unparsable quantity', cells);
      return;
    }

    const productName = this.cell(cells, c.productName);
    const sku = this.cell(cells, c.sku);
    // A row is a line item when it names a product or a quantity; a one-row-per-order file
    // with only totals has no lines.
    const hasLine = quantity !== null || productName !== '' || sku !== '';
    const lineQuantity = quantity ?? (hasLine ? 1 : 0);
    const price = unitPrice ?? 0;
    const lineTotal = Math.round((lineQuantity * price - (lineDiscount ?? 0)) * 100) / 100;

    let draft = this.current;
    if (draft && draft.orderId !== orderId) {
      this.sink.order(draft);
      draft = null;
    }
    if (!draft) {
      draft = {
        orderId,
        rowNumber,
        customerKey: null,
        email: '',
        createdAt: null,
        currency: '',
        total: null,
        refunded: 0,
        discountCode: '',
        source: '',
        country: '',
        status: '',
        cancelled: false,
        lineSum: 0,
        positiveLines: 0,
        negativeLines: 0,
        lines: [],
        firstCells: cells,
      };
      this.current = draft;
    }
    // Order-level fields: the first row that carries a value wins.
    if (draft.customerKey === null) {
      const email = this.cell(cells, c.customerEmail);
      draft.customerKey = customerKeyOf(this.cell(cells, c.customerId), email);
      if (email && !draft.email) draft.email = email.toLowerCase();
    }
    if (draft.createdAt === null) draft.createdAt = createdAt;
    if (draft.total === null && typeof total === 'number') draft.total = total;
    if (!draft.refunded && typeof refunded === 'number') draft.refunded = refunded;
    if (!draft.currency) draft.currency = this.cell(cells, c.currency).toUpperCase();
    if (!draft.discountCode) draft.discountCode = this.cell(cells, c.discountCode);
    if (!draft.source) draft.source = this.cell(cells, c.source);
    if (!draft.country) draft.country = this.country(cells);
    if (!draft.status) draft.status = this.cell(cells, c.status);
    if (!draft.cancelled && this.cell(cells, c.cancelledAt)) draft.cancelled = true;
    if (hasLine) {
      draft.lines.push({
        position: draft.lines.length,
        productName,
        sku,
        category: this.cell(cells, c.category),
        quantity: lineQuantity,
        unitPrice: price,
        lineTotal,
      });
      draft.lineSum += lineTotal;
      if (lineQuantity > 0) draft.positiveLines++;
      else if (lineQuantity < 0) draft.negativeLines++;
    }
  }

  /** The first non-empty of the country columns. */
  private country(cells: string[]): string {
    for (const index of this.columns.country) {
      const country = this.cell(cells, index);
      if (country) return country;
    }
    return '';
  }

  private onlyEmptyExtraCells(cells: string[]): boolean {
    if (cells.length < this.width) return false;
    for (let i = this.width; i < cells.length; i++) if (cells[i].trim() !== '') return false;
    return true;
  }

  /** Emits the order in progress; call once at the end of the file. */
  end(): void {
    if (this.current) this.sink.order(this.current);
    this.current = null;
  }
}
