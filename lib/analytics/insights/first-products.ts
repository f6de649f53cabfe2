import { kaplanMeier, medianDayOfReachers, SurvivalTally } from '../survival';
import type { InsightScope } from './scope';

/**
 * First-product analysis. A customer belongs to every product in their first purchase
 * (a first order of two products counts for both). Per product: customers, customers with
 * a second purchase by the as-of date, repeatRate = the one ÷ the other, and the median
 * days to the second purchase among those who make one (Kaplan–Meier, as for the KPIs).
 * The 20 products with the most customers are listed (ties by name).
 */
export interface FirstProductRow {
  product: string;
  customers: number;
  repeatCustomers: number;
  repeatRate: number;
  medianDaysToSecond: number | null;
}

export const FIRST_PRODUCTS_SHOWN = 20;

export function firstProductTable({ store, observation, selection }: InsightScope, limit = FIRST_PRODUCTS_SHOWN): FirstProductRow[] {
  const { purchaseStart, lineStart, lineProduct, day } = store;
  const { visibleEnd, observedDay, maxObservedDay } = observation;
  const size = store.products.size;
  const customers = new Int32Array(size);
  const repeaters = new Int32Array(size);
  const seenBy = new Int32Array(size).fill(-1);
  for (let i = 0; i < selection.length; i++) {
    const c = selection[i];
    const first = purchaseStart[c];
    const repeat = visibleEnd[c] - first >= 2 ? 1 : 0;
    for (let l = lineStart[first]; l < lineStart[first + 1]; l++) {
      const product = lineProduct[l];
      if (product === 0 || seenBy[product] === i) continue;
      seenBy[product] = i;
      customers[product]++;
      repeaters[product] += repeat;
    }
  }

  const ranked: number[] = [];
  for (let product = 1; product < size; product++) if (customers[product] > 0) ranked.push(product);
  const labels = store.products.labels;
  ranked.sort((a, b) => customers[b] - customers[a] || (labels[a] < labels[b] ? -1 : labels[a] > labels[b] ? 1 : 0));
  const top = ranked.slice(0, limit);

  const rank = new Int32Array(size).fill(-1);
  top.forEach((product, k) => (rank[product] = k));
  const tallies = top.map(() => new SurvivalTally(maxObservedDay));
  seenBy.fill(-1);
  for (let i = 0; i < selection.length; i++) {
    const c = selection[i];
    const first = purchaseStart[c];
    const hasSecond = visibleEnd[c] - first >= 2;
    for (let l = lineStart[first]; l < lineStart[first + 1]; l++) {
      const product = lineProduct[l];
      const k = rank[product];
      if (k < 0 || seenBy[product] === i) continue;
      seenBy[product] = i;
      if (hasSecond) tallies[k].event(day[first + 1], observedDay[c]);
      else tallies[k].censor(observedDay[c]);
    }
  }
  return top.map((product, k) => ({
    product: labels[product],
    customers: customers[product],
    repeatCustomers: repeaters[product],
    repeatRate: repeaters[product] / customers[product],
    medianDaysToSecond: medianDayOfReachers(kaplanMeier(tallies[k])),
  }));
}
