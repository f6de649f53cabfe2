/**
 * Writes the demo store's orders as a Shopify order export.
 *
 *   npm run demo:csv -- --customers 5000 --out demo.csv [--seed 42] [--max-lines 1000000]
 */
import fs from 'node:fs';
import { generateDemoStore } from '@/lib/orders/demo/generator';
import { writeDemoShopifyCsv } from '@/lib/orders/demo/shopify-writer';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function positiveInt(name: string, fallback?: number): number | undefined {
  const raw = argument(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${name} must be a positive whole number (got "${raw}")`);
    process.exit(2);
  }
  return value;
}

const out = argument('out');
if (!out) {
  console.error('usage: npm run demo:csv -- --customers N --out FILE [--seed S] [--max-lines L]');
  process.exit(2);
}
const customers = positiveInt('customers', 5000)!;
const started = Date.now();
const store = generateDemoStore({ customers, seed: positiveInt('seed'), maxLines: positiveInt('max-lines') });
const fd = fs.openSync(out, 'w');
let rows = 0;
try {
  rows = writeDemoShopifyCsv(store, (text) => fs.writeSync(fd, text));
} finally {
  fs.closeSync(fd);
}
const bytes = fs.statSync(out).size;
console.log(
  `${out}: ${store.orders.length} orders, ${rows} line rows, ${customers} customers, ${(bytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
