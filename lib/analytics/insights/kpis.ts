import { roundMoney } from '@/lib/orders/amounts';
import { kaplanMeier, medianDayOfReachers, shareBy, SurvivalTally, type ReachCurve } from '../survival';
import type { InsightScope } from './scope';

/**
 * The headline figures of a store (all as of the as-of date, over the selected customers):
 * - customers: customers with a first purchase by the as-of date;
 * - purchases, revenue: their purchases and net revenue (after refunds) up to that date;
 * - averageOrderValue = revenue ÷ purchases; purchaseFrequency = purchases ÷ customers;
 * - repeatPurchaseRate = customers with 2+ purchases ÷ customers (as seen today: a recent
 *   customer may still come back);
 * - medianDaysFirstToSecond: the first day after the first purchase by which half of the
 *   customers who make a second purchase have made it, estimated with Kaplan–Meier so
 *   customers still waiting count for as long as they have been watched;
 *   medianDaysSecondToThird: the same from the second purchase to the third, among
 *   customers with a second purchase;
 * - secondPurchaseByDay[N]: Kaplan–Meier share with a second purchase by day N (day N
 *   included) — the share you would see if every customer had been watched N days;
 *   null when nobody has been a customer for N days yet;
 * - valuePerCustomer365: net revenue of purchases made by day 365, per customer, counting
 *   only customers whose first purchase is at least 365 days before the as-of date.
 */
export interface StoreKpis {
  customers: number;
  purchases: number;
  revenue: number;
  averageOrderValue: number | null;
  purchaseFrequency: number | null;
  repeatCustomers: number;
  repeatPurchaseRate: number | null;
  medianDaysFirstToSecond: number | null;
  medianDaysSecondToThird: number | null;
  valuePerCustomer365: number | null;
  /** How many customers valuePerCustomer365 is over. */
  customersWithFullYear: number;
}

export const SECOND_PURCHASE_DAYS = [7, 14, 30, 60, 90] as const;
export type SecondPurchaseByDay = Record<(typeof SECOND_PURCHASE_DAYS)[number], number | null>;

export interface KpiFigures {
  kpis: StoreKpis;
  secondPurchaseByDay: SecondPurchaseByDay;
  /** The Kaplan–Meier curve behind secondPurchaseByDay, for a chart. */
  secondPurchaseCurve: ReachCurve;
}

export function storeKpis({ store, observation, selection }: InsightScope): KpiFigures {
  const { purchaseStart, day, revenue } = store;
  const { visibleEnd, observedDay, maxObservedDay } = observation;
  const toSecond = new SurvivalTally(maxObservedDay);
  const toThird = new SurvivalTally(maxObservedDay);
  let purchases = 0;
  let revenueSum = 0;
  let repeatCustomers = 0;
  let fullYear = 0;
  let fullYearRevenue = 0;
  for (let i = 0; i < selection.length; i++) {
    const c = selection[i];
    const first = purchaseStart[c];
    const end = visibleEnd[c];
    const count = end - first;
    const observed = observedDay[c];
    purchases += count;
    let customerRevenue = 0;
    let firstYearRevenue = 0;
    for (let p = first; p < end; p++) {
      customerRevenue += revenue[p];
      if (day[p] <= 365) firstYearRevenue += revenue[p];
    }
    revenueSum += customerRevenue;
    if (observed >= 365) {
      fullYear++;
      fullYearRevenue += firstYearRevenue;
    }
    if (count >= 2) {
      repeatCustomers++;
      toSecond.event(day[first + 1], observed);
      if (count >= 3) toThird.event(day[first + 2] - day[first + 1], observed - day[first + 1]);
      else toThird.censor(observed - day[first + 1]);
    } else toSecond.censor(observed);
  }
  const customers = selection.length;
  const secondCurve = kaplanMeier(toSecond);
  const thirdCurve = kaplanMeier(toThird);
  const secondPurchaseByDay = {} as SecondPurchaseByDay;
  for (const n of SECOND_PURCHASE_DAYS) secondPurchaseByDay[n] = shareBy(secondCurve, n);
  return {
    kpis: {
      customers,
      purchases,
      revenue: roundMoney(revenueSum),
      averageOrderValue: purchases > 0 ? roundMoney(revenueSum / purchases) : null,
      purchaseFrequency: customers > 0 ? purchases / customers : null,
      repeatCustomers,
      repeatPurchaseRate: customers > 0 ? repeatCustomers / customers : null,
      medianDaysFirstToSecond: medianDayOfReachers(secondCurve),
      medianDaysSecondToThird: medianDayOfReachers(thirdCurve),
      valuePerCustomer365: fullYear > 0 ? roundMoney(fullYearRevenue / fullYear) : null,
      customersWithFullYear: fullYear,
    },
    secondPurchaseByDay,
    secondPurchaseCurve: secondCurve,
  };
}
