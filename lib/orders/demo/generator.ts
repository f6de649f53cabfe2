import { roundMoney } from '../amounts';
import { DEMO_COUNTRIES, DEMO_PRODUCTS, DEMO_SOURCES, FIRST_NAMES, LAST_NAMES } from './catalog';
import { Random } from './random';

/**
 * A believable store, the same for the same seed: customers arrive over 18 months (more
 * later, as the store grows), most buy once, second orders cluster in the weeks after the
 * first, a loyal few keep coming back. Orders have 1–5 lines, discount codes, refunds,
 * cancellations and some anonymous point-of-sale sales.
 */

export const DEMO_START = Date.UTC(2024, 5, 1, 4); // 1 June 2024, midnight in New York
export const DEMO_END = Date.UTC(2025, 11, 1, 5); // 1 December 2025
export const DEMO_TIME_ZONE = 'America/New_York';
const DAY = 86_400_000;

export type DemoFinancialStatus = 'paid' | 'pending' | 'refunded' | 'partially_refunded' | 'voided';

export interface DemoLine {
  product: number;
  quantity: number;
  /** Share of the order's discount allocated to this line. */
  discount: number;
}

export interface DemoOrder {
  /** Index of the customer, or -1 for an anonymous sale. */
  customer: number;
  createdAt: number;
  lines: DemoLine[];
  discountCode: string;
  discountAmount: number;
  subtotal: number;
  shipping: number;
  taxes: number;
  total: number;
  financialStatus: DemoFinancialStatus;
  cancelledAt: number | null;
  refunded: number;
  source: string;
  country: string;
  note: string;
}

export interface DemoCustomer {
  firstName: string;
  lastName: string;
  email: string;
  country: string;
  loyal: boolean;
}

export interface DemoStore {
  customers: DemoCustomer[];
  /** Orders by date; order names are #1001, #1002, … in this order. */
  orders: DemoOrder[];
}

export interface DemoOptions {
  customers?: number;
  seed?: number;
  /** Stop before the order that would take the file past this many line rows. */
  maxLines?: number;
}

const LINE_COUNTS: ReadonlyArray<readonly [number, number]> = [
  [1, 45],
  [2, 27],
  [3, 15],
  [4, 9],
  [5, 4],
];

const firstProducts = DEMO_PRODUCTS.map((product, i) => [i, product.firstWeight] as const);
const repeatProducts = DEMO_PRODUCTS.map((product, i) => [i, product.repeatWeight] as const);

function pickLines(random: Random, repeat: boolean): DemoLine[] {
  const count = random.weighted(LINE_COUNTS);
  const chosen = new Set<number>();
  const weights = repeat ? repeatProducts : firstProducts;
  let guard = 0;
  while (chosen.size < count && guard++ < 50) chosen.add(random.weighted(weights));
  return [...chosen].map((product) => ({
    product,
    quantity: random.weighted([
      [1, 85],
      [2, 12],
      [3, 3],
    ] as const),
    discount: 0,
  }));
}

function discountFor(random: Random, at: number, sequence: number): { code: string; rate: number } {
  const date = new Date(at);
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  if (month === 10 && day >= 24 && random.chance(0.45)) return { code: 'BFCM25', rate: 0.25 };
  if (sequence === 1 && random.chance(0.24)) return { code: 'WELCOME10', rate: 0.1 };
  if (sequence === 2 && random.chance(0.2)) return { code: 'COMEBACK15', rate: 0.15 };
  if (month === 3 && random.chance(0.15)) return { code: 'SPRING20', rate: 0.2 };
  if (sequence >= 4 && random.chance(0.1)) return { code: 'VIP20', rate: 0.2 };
  return { code: '', rate: 0 };
}

const NOTES = ['Please gift wrap,\nit is a birthday present!', 'Leave at the back door', 'Sample of the night cream, please?'];

function buildOrder(random: Random, customer: number, at: number, sequence: number, source: string, country: string): DemoOrder {
  const lines = pickLines(random, sequence > 1);
  const gross = lines.reduce((sum, line) => sum + line.quantity * DEMO_PRODUCTS[line.product].price, 0);
  const discount = discountFor(random, at, sequence);
  const discountAmount = roundMoney(gross * discount.rate);
  // Allocate the discount to lines in proportion; the last line takes the rounding.
  let allocated = 0;
  lines.forEach((line, i) => {
    const share =
      i === lines.length - 1
        ? roundMoney(discountAmount - allocated)
        : roundMoney((discountAmount * line.quantity * DEMO_PRODUCTS[line.product].price) / gross);
    line.discount = share;
    allocated = roundMoney(allocated + share);
  });
  const subtotal = roundMoney(gross - discountAmount);
  const shipping = source === 'pos' || subtotal >= 50 ? 0 : 5.95;
  const taxes = country === 'US' || country === 'CA' ? roundMoney(subtotal * 0.07) : 0;
  const total = roundMoney(subtotal + shipping + taxes);
  const r = random.next();
  let financialStatus: DemoFinancialStatus = 'paid';
  let cancelledAt: number | null = null;
  let refunded = 0;
  if (r < 0.015) {
    financialStatus = 'voided';
    cancelledAt = at + random.int(1, 20) * 3_600_000;
  } else if (r < 0.025) {
    financialStatus = 'refunded';
    refunded = total;
    cancelledAt = at + random.int(1, 48) * 3_600_000;
  } else if (r < 0.05) {
    financialStatus = 'refunded';
    refunded = total;
  } else if (r < 0.09 && lines.length > 1) {
    financialStatus = 'partially_refunded';
    const line = lines[lines.length - 1];
    refunded = roundMoney(DEMO_PRODUCTS[line.product].price * line.quantity - line.discount);
  } else if (r < 0.1) {
    financialStatus = 'pending';
  }
  return {
    customer,
    createdAt: at,
    lines,
    discountCode: discount.code,
    discountAmount,
    subtotal,
    shipping,
    taxes,
    total,
    financialStatus,
    cancelledAt,
    refunded,
    source,
    country,
    note: random.chance(0.03) ? random.pick(NOTES) : '',
  };
}

/** A time of day between 7:00 and 23:00 in New York, skewed to the evening. */
function atTimeOfDay(random: Random, day: number): number {
  const hour = 7 + Math.floor(16 * Math.sqrt(random.next()));
  return day + hour * 3_600_000 + random.int(0, 3599) * 1000;
}

function startOfDay(at: number): number {
  return DEMO_START + Math.floor((at - DEMO_START) / DAY) * DAY;
}

export function generateDemoStore(options: DemoOptions = {}): DemoStore {
  const customerCount = options.customers ?? 5000;
  const random = new Random(options.seed ?? 20240601);
  const span = DEMO_END - DEMO_START;
  const customers: DemoCustomer[] = [];
  const orders: DemoOrder[] = [];

  for (let c = 0; c < customerCount; c++) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const country = random.weighted(DEMO_COUNTRIES);
    const loyal = random.chance(0.05);
    const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '');
    // Some shops export e-mails as the customer typed them: case and stray spaces vary.
    const typed = random.chance(0.03) ? ` ${firstName}.${lastName}${c}@Example.com `.replace(/[^A-Za-z0-9.@ ]/g, '') : `${local}${c}@example.com`;
    customers.push({ firstName, lastName, email: typed, country, loyal });

    // Arrivals grow over time (density rising towards the end).
    let at = atTimeOfDay(random, startOfDay(DEMO_START + span * Math.pow(random.next(), 0.75)));
    const firstSource = random.weighted(DEMO_SOURCES);
    let sequence = 1;
    orders.push(buildOrder(random, c, at, sequence, firstSource, country));
    // Second orders: most customers never come back; those who do mostly come within weeks.
    let again = loyal || random.chance(0.28);
    while (again) {
      let gapDays: number;
      if (sequence === 1) gapDays = random.chance(0.65) ? 4 + random.exponential(14) : 30 + random.exponential(80);
      else gapDays = loyal ? 18 + random.exponential(22) : 25 + random.exponential(70);
      at = atTimeOfDay(random, startOfDay(at + gapDays * DAY));
      if (at >= DEMO_END) break;
      sequence++;
      const source = random.chance(0.8) ? 'web' : random.weighted(DEMO_SOURCES);
      orders.push(buildOrder(random, c, at, sequence, source, country));
      again = loyal ? random.chance(0.88) : random.chance(sequence === 2 ? 0.4 : 0.5);
    }
  }
  // Anonymous point-of-sale sales: about 2% of orders.
  const anonymous = Math.round(orders.length * 0.02);
  for (let i = 0; i < anonymous; i++) {
    const at = atTimeOfDay(random, startOfDay(DEMO_START + span * random.next()));
    orders.push(buildOrder(random, -1, at, 1, 'pos', 'US'));
  }
  orders.sort((a, b) => a.createdAt - b.createdAt || a.customer - b.customer);
  if (options.maxLines !== undefined) {
    let lines = 0;
    let keep = 0;
    while (keep < orders.length && lines + orders[keep].lines.length <= options.maxLines) lines += orders[keep++].lines.length;
    orders.length = keep;
  }
  return { customers, orders };
}
