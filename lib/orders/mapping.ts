import { z } from 'zod';
import { DATE_FORMATS } from './dates';
import { isValidTimeZone } from './timezones';

/**
 * The generic column mapping: which column of the file holds each field. A field is
 * either unmapped (absent) or names a header column exactly.
 */
export const MAPPING_FIELDS = [
  'orderId',
  'customerId',
  'customerEmail',
  'createdAt',
  'total',
  'quantity',
  'unitPrice',
  'productName',
  'sku',
  'category',
  'discountCode',
  'source',
  'country',
  'status',
  'currency',
] as const;

export type MappingField = (typeof MAPPING_FIELDS)[number];

export const FIELD_LABELS: Record<MappingField, string> = {
  orderId: 'Order id',
  customerId: 'Customer id',
  customerEmail: 'Customer e-mail',
  createdAt: 'Order date',
  total: 'Order total',
  quantity: 'Quantity',
  unitPrice: 'Unit price',
  productName: 'Product name',
  sku: 'SKU',
  category: 'Category',
  discountCode: 'Discount code',
  source: 'Source (sales channel)',
  country: 'Country',
  status: 'Status',
  currency: 'Currency',
};

const columnName = z.string().trim().min(1).max(200);

export const columnMappingSchema = z.strictObject(
  Object.fromEntries(MAPPING_FIELDS.map((field) => [field, columnName.optional()])) as Record<
    MappingField,
    z.ZodOptional<typeof columnName>
  >,
);

export type ColumnMapping = Partial<Record<MappingField, string>>;

export const dateFormatSchema = z.enum(DATE_FORMATS);

export const importOptionsSchema = z.strictObject({
  /** IANA zone for dates written without an offset. */
  timezone: z
    .string()
    .refine(isValidTimeZone, { message: 'unknown time zone (use an IANA name such as Europe/Paris)' })
    .default('UTC'),
  /** How to read dates; `auto` detects it from the data and fails when the data cannot decide. */
  dateFormat: z.enum(['auto', ...DATE_FORMATS]).default('auto'),
});

export type ImportOptions = z.infer<typeof importOptionsSchema>;

export const importFormatSchema = z.enum(['shopify', 'generic']);
export type ImportFormat = z.infer<typeof importFormatSchema>;

export interface MappingProblem {
  field?: MappingField;
  column?: string;
  message: string;
}

/**
 * What is wrong with a mapping against a header: required fields left unmapped, columns
 * that are not in the file, a column used for two fields. Empty when it can be used.
 */
export function validateMapping(header: readonly string[], mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const columns = new Set(header);
  for (const field of MAPPING_FIELDS) {
    const column = mapping[field];
    if (column !== undefined && !columns.has(column)) {
      problems.push({ field, column, message: `${FIELD_LABELS[field]}: column "${column}" is not in the file` });
    }
  }
  if (!mapping.orderId) problems.push({ field: 'orderId', message: 'Order id: choose the column that identifies the order' });
  if (!mapping.createdAt) problems.push({ field: 'createdAt', message: 'Order date: choose the column with the order date' });
  if (!mapping.customerId && !mapping.customerEmail) {
    problems.push({ field: 'customerId', message: 'Customer: choose a customer id or a customer e-mail column' });
  }
  const hasLineAmounts = Boolean(mapping.quantity && mapping.unitPrice);
  if (!mapping.total && !hasLineAmounts) {
    problems.push({ field: 'total', message: 'Amount: choose an order total column, or both quantity and unit price' });
  }
  if (mapping.unitPrice && !mapping.quantity) {
    problems.push({ field: 'quantity', message: 'Quantity: a unit price needs a quantity column' });
  }
  const usedBy = new Map<string, MappingField>();
  for (const field of MAPPING_FIELDS) {
    const column = mapping[field];
    if (!column) continue;
    const other = usedBy.get(column);
    if (other) {
      problems.push({ field, column, message: `${FIELD_LABELS[field]}: column "${column}" is already used for ${FIELD_LABELS[other]}` });
    } else usedBy.set(column, field);
  }
  return problems;
}

/** Header name hints per field, compared after lower-casing and removing non-letters. */
const HINTS: Record<MappingField, string[]> = {
  orderId: ['orderid', 'ordernumber', 'orderno', 'order', 'invoiceno', 'invoice', 'invoicenumber', 'name', 'transactionid', 'id', 'bestellnummer', 'bestellung', 'commande', 'numerocommande', 'pedido'],
  customerId: ['customerid', 'clientid', 'customerno', 'customernumber', 'userid', 'buyerid', 'customer', 'kunde', 'kundennummer', 'client', 'cliente'],
  customerEmail: ['email', 'customeremail', 'emailaddress', 'mail', 'buyeremail', 'courriel', 'correo'],
  createdAt: ['createdat', 'orderdate', 'date', 'invoicedate', 'datetime', 'createddate', 'timestamp', 'purchasedate', 'orderedat', 'created', 'datum', 'bestelldatum', 'fecha'],
  total: ['total', 'ordertotal', 'totalprice', 'grandtotal', 'amount', 'revenue', 'totalamount', 'sales', 'gesamt', 'summe', 'montant', 'importe'],
  quantity: ['quantity', 'qty', 'lineitemquantity', 'units', 'count', 'menge', 'anzahl', 'quantite', 'cantidad'],
  unitPrice: ['unitprice', 'price', 'lineitemprice', 'itemprice', 'priceeach', 'einzelpreis', 'preis', 'prix', 'precio'],
  productName: ['productname', 'product', 'description', 'lineitemname', 'item', 'itemname', 'title', 'producttitle', 'artikel', 'produkt', 'produit', 'producto'],
  sku: ['sku', 'stockcode', 'lineitemsku', 'productcode', 'itemcode', 'productid'],
  category: ['category', 'productcategory', 'producttype', 'type', 'department', 'kategorie', 'categorie', 'categoria'],
  discountCode: ['discountcode', 'couponcode', 'coupon', 'promocode', 'voucher', 'discount', 'gutschein', 'rabattcode'],
  source: ['source', 'channel', 'saleschannel', 'utmsource', 'acquisitionsource', 'referrer', 'kanal', 'canal'],
  country: ['country', 'shippingcountry', 'billingcountry', 'countrycode', 'land', 'pays', 'pais'],
  status: ['status', 'financialstatus', 'orderstatus', 'paymentstatus', 'state'],
  currency: ['currency', 'currencycode', 'wahrung', 'devise', 'moneda'],
};

function simplify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * A mapping suggested from the header names: for each field the column whose simplified
 * name matches the earliest hint. Each column is used once; earlier fields choose first.
 */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const simplified = header.map(simplify);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of MAPPING_FIELDS) {
    for (const hint of HINTS[field]) {
      const index = simplified.findIndex((name, i) => !taken.has(i) && name === hint);
      if (index >= 0) {
        mapping[field] = header[index];
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}
