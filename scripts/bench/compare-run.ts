/**
 * One measured run of the comparison benchmark on an imported store, in a process of its
 * own. Prints one JSON line.   compare-run.ts DB_FILE [RUNS]
 */
import { openDatabase } from '@/db/client';
import { listStores } from '@/db/queries/stores';
import { listCustomerTimelines } from '@/db/queries/timelines';
import { compare, prepareStore, storeInsights, type CustomerFilters } from '@/lib/analytics';
import { benchmarkMap } from './bench-map';

const [databaseFile, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 7);
const DAY = 86_400_000;

const time = <T>(fn: () => T): [T, number] => {
  const started = performance.now();
  const value = fn();
  return [value, performance.now() - started];
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { db } = openDatabase(databaseFile);
const storeId = listStores(db)[0]?.id;
if (!storeId) throw new Error(`no store in ${databaseFile}`);
const [timelines, loadMs] = time(() => listCustomerTimelines(storeId, db));
const document = benchmarkMap();
const [store, prepareMs] = time(() => prepareStore(timelines));
const [cold, compareColdMs] = time(() => compare(document, store, {}));
const compareWarm: number[] = [];
for (let r = 0; r < runs; r++) compareWarm.push(time(() => compare(document, store, {}))[1]);

// Filters built from the store's own values, so each one selects real customers.
const first = store.firstPurchaseAt ?? 0;
const filters: CustomerFilters[] = [
  { source: store.sources.labels[1] ?? 'web' },
  { country: store.countries.labels[1] ?? 'US' },
  { firstDiscount: { used: true } },
  { from: first + 90 * DAY, to: first + 270 * DAY },
  { firstProduct: store.products.labels[1] ?? '' },
];
const filterMs: number[] = [];
for (let r = 0; r < runs; r++) filterMs.push(time(() => compare(document, store, filters[r % filters.length]))[1]);
const [, insightsColdMs] = time(() => storeInsights(prepareStore(timelines), {}));
const insightsWarm: number[] = [];
for (let r = 0; r < runs; r++) insightsWarm.push(time(() => storeInsights(store, {}))[1]);

console.log(
  JSON.stringify({
    customers: store.customerCount,
    purchases: store.purchaseCount,
    lines: store.lineCount,
    milestones: Object.keys(cold.nodes).length,
    loadMs,
    prepareMs,
    compareColdMs: prepareMs + compareColdMs,
    compareWarmMs: median(compareWarm),
    filterMs: median(filterMs),
    insightsColdMs,
    insightsWarmMs: median(insightsWarm),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
process.exit(0);
