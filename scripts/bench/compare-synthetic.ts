/**
 * Benchmark of the comparison and the insights on synthetic timelines of the size of the
 * 1,000,000-line demo import (120,000 customers, ~350,000 purchases), and on 10% of it to
 * show how the cost grows. Prints cold and warm timings:
 *   prepare   — timelines → prepared (columnar) store, done once per import and cached;
 *   compare   — the 25-milestone map: cold = right after preparing, warm = median of runs;
 *   filter    — compare with a different filter each run (what a filter change costs);
 *   insights  — the whole insights payload, cold and warm.
 * Usage: npx tsx scripts/bench/compare-synthetic.ts [--customers N] [--runs N]
 */
import { compare, prepareStore, storeInsights, type CustomerFilters } from '../../lib/analytics';
import { benchmarkMap } from './bench-map';
import { SYNTHETIC_START, syntheticTimelines } from './synthetic-timelines';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const fullSize = option('customers', 120_000);
const runs = option('runs', 7);

/**
 * On a shared, overloaded machine wall-clock timings mean little. Each measurement is
 * therefore bracketed by a fixed piece of CPU work (1e7 integer additions, ≈ 10 ms on an
 * idle core); `normalized` scales the time by how slow that work ran right then. It is an
 * estimate, printed beside the raw figure, never instead of it.
 */
const REFERENCE_MS = 10;
function referenceWork(): number {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < 1e7; i++) sum += i & 7;
  if (sum < 0) console.log(sum);
  return performance.now() - started;
}
const slowdowns: number[] = [];
const time = <T>(fn: () => T): [T, number] => {
  const before = referenceWork();
  const started = performance.now();
  const value = fn();
  const elapsed = performance.now() - started;
  slowdowns.push(Math.max(1, (before + referenceWork()) / 2 / REFERENCE_MS));
  return [value, elapsed];
};
/** The median slowdown seen since the last call (1 = an idle machine). */
const takeSlowdown = () => {
  const value = slowdowns.length ? [...slowdowns].sort((a, b) => a - b)[Math.floor(slowdowns.length / 2)] : 1;
  slowdowns.length = 0;
  return value;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;
const DAY = 86_400_000;

function measure(customers: number) {
  const { timelines, stats } = syntheticTimelines(customers, 42);
  takeSlowdown();
  const document = benchmarkMap();
  const [store, prepareMs] = time(() => prepareStore(timelines));
  const [cold, compareColdMs] = time(() => compare(document, store, {}));
  const compareWarm: number[] = [];
  for (let r = 0; r < runs; r++) compareWarm.push(time(() => compare(document, store, {}))[1]);
  const filters: CustomerFilters[] = [
    { source: 'pos' },
    { country: 'DE' },
    { firstDiscount: { used: true } },
    { from: SYNTHETIC_START + 90 * DAY, to: SYNTHETIC_START + 270 * DAY },
    { firstProduct: 'Tea item 1' },
    { source: 'web', country: 'US' },
  ];
  const filterMs: number[] = [];
  for (let r = 0; r < runs; r++) filterMs.push(time(() => compare(document, store, filters[r % filters.length]))[1]);
  const [, insightsColdMs] = time(() => storeInsights(prepareStore(timelines), {}));
  const insightsWarm: number[] = [];
  for (let r = 0; r < runs; r++) insightsWarm.push(time(() => storeInsights(store, {}))[1]);
  const insightsFilter: number[] = [];
  for (let r = 0; r < runs; r++) insightsFilter.push(time(() => storeInsights(store, filters[r % filters.length]))[1]);
  return {
    stats,
    milestones: Object.keys(cold.nodes).length,
    prepareMs,
    compareColdMs: prepareMs + compareColdMs,
    compareWarmMs: median(compareWarm),
    filterMs: median(filterMs),
    insightsColdMs,
    insightsWarmMs: median(insightsWarm),
    insightsFilterMs: median(insightsFilter),
    sample: cold.nodes.m02,
    slowdown: takeSlowdown(),
  };
}

/** A fixed amount of plain CPU work, printed so timings from a busy machine can be judged. */
export function calibrationMs(): number {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < 1e8; i++) sum += i & 7;
  if (sum < 0) console.log(sum);
  return performance.now() - started;
}

console.log(`machine check: 1e8 integer additions take ${calibrationMs().toFixed(0)} ms (about 100 ms on an idle core)`);
const sizes = [Math.round(fullSize / 10), fullSize];
const results = sizes.map((customers) => {
  const result = measure(customers);
  const { stats } = result;
  console.log(
    `\n== ${stats.customers.toLocaleString('en-US')} customers, ${stats.purchases.toLocaleString('en-US')} purchases, ` +
      `${stats.lines.toLocaleString('en-US')} lines, ${result.milestones} milestones`,
  );
  console.log(`machine slowdown during this size: ×${result.slowdown.toFixed(1)} (1 = idle); "≈" = time ÷ slowdown`);
  const norm = (value: number) => `≈${(value / result.slowdown).toFixed(1).padStart(7)} ms`;
  console.log(`prepare store (once per import)  ${ms(result.prepareMs)}  ${norm(result.prepareMs)}`);
  console.log(`compare   cold (prepare + run)   ${ms(result.compareColdMs)}  ${norm(result.compareColdMs)}`);
  console.log(`compare   warm (median)          ${ms(result.compareWarmMs)}  ${norm(result.compareWarmMs)}   target ≤ 250 ms`);
  console.log(`filter change (median)           ${ms(result.filterMs)}  ${norm(result.filterMs)}   target ≤ 250 ms`);
  console.log(`insights  cold (prepare + run)   ${ms(result.insightsColdMs)}  ${norm(result.insightsColdMs)}`);
  console.log(`insights  warm (median)          ${ms(result.insightsWarmMs)}  ${norm(result.insightsWarmMs)}   target ≤ 500 ms`);
  console.log(`insights  with a filter (median) ${ms(result.insightsFilterMs)}  ${norm(result.insightsFilterMs)}`);
  const s = result.sample;
  console.log(`(sanity: "2nd purchase by day 30": eligible ${s.eligible}, on time ${s.onTime}, late ${s.late}, not reached ${s.notReached}, censored ${s.censored})`);
  return result;
});

const [small, large] = results;
const growth = (a: number, b: number) => (b / a).toFixed(1);
const orders = growth(small.stats.purchases, large.stats.purchases);
console.log(`\nGrowth from 10% to 100% (orders ×${orders}): compare warm ×${growth(small.compareWarmMs, large.compareWarmMs)}, ` +
  `insights warm ×${growth(small.insightsWarmMs, large.insightsWarmMs)}, prepare ×${growth(small.prepareMs, large.prepareMs)}`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
