import { roundMoney } from '@/lib/orders/amounts';
import type { InsightScope } from './scope';

/**
 * Order sequencing: purchases grouped by their number in the customer's history — the
 * 1st, the 2nd, and the 3rd or later. Per group: purchases, net revenue, average order
 * value (revenue ÷ purchases) and the products bought most often, counted as the number
 * of purchases of the group containing the product (share = that ÷ purchases of the group).
 */
export interface SequenceRow {
  /** "1", "2" or "3+". */
  purchaseNumber: string;
  purchases: number;
  revenue: number;
  averageOrderValue: number | null;
  topProducts: Array<{ product: string; purchases: number; share: number }>;
}

export const TOP_PRODUCTS_PER_STEP = 5;
const GROUPS = ['1', '2', '3+'] as const;

export function orderSequence({ store, observation, selection }: InsightScope, topCount = TOP_PRODUCTS_PER_STEP): SequenceRow[] {
  const { purchaseStart, lineStart, lineProduct, revenue } = store;
  const { visibleEnd } = observation;
  const size = store.products.size;
  const productCounts = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  const purchases = [0, 0, 0];
  const revenues = [0, 0, 0];
  const seenIn = new Int32Array(size).fill(-1);
  for (let i = 0; i < selection.length; i++) {
    const c = selection[i];
    const first = purchaseStart[c];
    for (let p = first, end = visibleEnd[c]; p < end; p++) {
      const group = p - first < 2 ? p - first : 2;
      purchases[group]++;
      revenues[group] += revenue[p];
      const counts = productCounts[group];
      for (let l = lineStart[p]; l < lineStart[p + 1]; l++) {
        const product = lineProduct[l];
        if (product === 0 || seenIn[product] === p) continue;
        seenIn[product] = p;
        counts[product]++;
      }
    }
  }
  const labels = store.products.labels;
  return GROUPS.map((purchaseNumber, group) => {
    const counts = productCounts[group];
    const top = topIndices(counts, topCount, labels);
    return {
      purchaseNumber,
      purchases: purchases[group],
      revenue: roundMoney(revenues[group]),
      averageOrderValue: purchases[group] > 0 ? roundMoney(revenues[group] / purchases[group]) : null,
      topProducts: top.map((product) => ({
        product: labels[product],
        purchases: counts[product],
        share: counts[product] / purchases[group],
      })),
    };
  });
}

/** The `count` ids with the largest values (ties by label), without sorting them all. */
function topIndices(values: Int32Array, count: number, labels: readonly string[]): number[] {
  const better = (a: number, b: number) => values[a] > values[b] || (values[a] === values[b] && labels[a] < labels[b]);
  const top: number[] = [];
  if (count <= 0) return top;
  for (let id = 1; id < values.length; id++) {
    if (values[id] === 0) continue;
    if (top.length === count && !better(id, top[top.length - 1])) continue;
    let k = top.length === count ? top.length - 1 : top.length;
    while (k > 0 && better(id, top[k - 1])) {
      if (k < count) top[k] = top[k - 1];
      k--;
    }
    top[k] = id;
  }
  return top;
}
