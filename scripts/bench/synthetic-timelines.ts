/**
 * Seeded synthetic customer timelines shaped like a real store (for benchmarks only):
 * first purchases spread over 18 months, most customers buy once, second orders cluster in
 * the weeks after the first, a loyal few keep coming back; ~2.9 lines per purchase over
 * 400 products in 20 categories (popular ones more often), discount codes, channels and
 * countries. The same seed gives the same store.
 */
import type { CustomerTimeline, TimelineLine, TimelinePurchase } from '../../lib/analytics/timeline';

const DAY = 86_400_000;
export const SYNTHETIC_START = Date.UTC(2024, 0, 1);
/** The export ends 18 months in: later orders do not exist yet, so recent customers are censored. */
export const SYNTHETIC_END = SYNTHETIC_START + 540 * DAY;

/** mulberry32: a small, fast, seedable generator. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = Array.from({ length: 20 }, (_, i) => ['Tea', 'Coffee', 'Mugs', 'Kettles', 'Snacks', 'Gifts', 'Filters', 'Syrups', 'Cocoa', 'Books'][i % 10] + (i >= 10 ? ' Deluxe' : ''));
const PRODUCTS = Array.from({ length: 400 }, (_, i) => ({
  productName: `${CATEGORIES[i % 20]} item ${i + 1}`,
  sku: `SKU-${String(i + 1).padStart(4, '0')}`,
  category: CATEGORIES[i % 20],
  price: 5 + ((i * 37) % 90),
}));
const CODES = ['WELCOME10', 'SPRING', 'VIP', 'FREESHIP', 'BACK15', 'SUMMER', 'BLACKFRIDAY', 'XMAS', 'LOYAL20', 'FRIEND'];
const SOURCES = ['web', 'web', 'web', 'web', 'web', 'web', 'pos', 'pos', 'shopify_draft_order', '580111'];
const COUNTRIES = ['US', 'US', 'US', 'GB', 'DE', 'FR', 'CA', 'AU', 'NL', 'SE'];

export interface SyntheticStats {
  customers: number;
  purchases: number;
  lines: number;
}

/** About `customers` customers with ~2.9 purchases each and ~2.9 lines per purchase. */
export function syntheticTimelines(customers: number, seed = 42): { timelines: CustomerTimeline[]; stats: SyntheticStats } {
  const random = seeded(seed);
  // Popularity: product k is picked with weight 1/(k+1) (Zipf-like), via a cumulative table.
  const cumulative = new Float64Array(PRODUCTS.length);
  let sum = 0;
  for (let k = 0; k < PRODUCTS.length; k++) cumulative[k] = sum += 1 / (k + 1);
  const pickProduct = () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return PRODUCTS[lo];
  };
  const timelines: CustomerTimeline[] = [];
  let purchases = 0;
  let lines = 0;
  for (let c = 0; c < customers; c++) {
    const firstAt = SYNTHETIC_START + Math.floor(random() * (SYNTHETIC_END - SYNTHETIC_START));
    const loyal = random() < 0.12;
    // Purchases: 1 + geometric extra orders (mean ≈ 1.9 overall, more for the loyal few).
    const keepGoing = loyal ? 0.9 : 0.68;
    let count = 1;
    while (random() < keepGoing && count < 60) count++;
    const source = SOURCES[Math.floor(random() * SOURCES.length)];
    const country = COUNTRIES[Math.floor(random() * COUNTRIES.length)];
    const list: TimelinePurchase[] = [];
    let at = firstAt;
    for (let k = 0; k < count; k++) {
      if (k > 0) {
        // Second orders cluster in the weeks after the first; later gaps are longer.
        const mean = k === 1 ? 21 : loyal ? 35 : 60;
        at += Math.floor(-Math.log(1 - random()) * mean * DAY) + Math.floor(random() * DAY);
        if (at > SYNTHETIC_END) break;
      }
      const lineCount = 1 + Math.floor(-Math.log(1 - random()) * 2.4);
      const orderLines: TimelineLine[] = [];
      let total = 0;
      for (let l = 0; l < lineCount; l++) {
        const product = pickProduct();
        const quantity = 1 + (random() < 0.2 ? 1 : 0);
        const lineTotal = product.price * quantity;
        total += lineTotal;
        orderLines.push({ productName: product.productName, sku: product.sku, category: product.category, quantity, lineTotal });
      }
      const coded = random() < (k === 0 ? 0.35 : 0.25);
      list.push({
        orderId: `${c}-${k + 1}`,
        at,
        sequence: k + 1,
        dayOffset: Math.floor((at - firstAt) / DAY),
        gapDays: k === 0 ? null : Math.floor((at - list[k - 1].at) / DAY),
        netRevenue: coded ? total * 0.85 : total,
        discountCode: coded ? CODES[Math.floor(random() * CODES.length)] : '',
        source,
        country,
        lines: orderLines,
      });
      purchases++;
      lines += lineCount;
    }
    timelines.push({ customerId: `cust-${c}`, purchases: list });
  }
  return { timelines, stats: { customers, purchases, lines } };
}
