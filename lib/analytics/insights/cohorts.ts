import { monthIndexOf, monthLabel } from '../dates';
import type { InsightScope } from './scope';

/**
 * The monthly cohort table. A cohort is the customers whose first purchase fell in one
 * calendar month (UTC). Column k counts the cohort's customers who made at least one
 * purchase in the k-th calendar month after it (column 0 = the first month, so it equals
 * the cohort size); `share` is that count ÷ cohort size. Columns stop at the as-of month,
 * which may be partly over. Months with no new customers have no row.
 */
export interface CohortRow {
  /** "YYYY-MM". */
  month: string;
  customers: number;
  active: number[];
  share: number[];
}

export function cohortTable({ store, observation, selection }: InsightScope): CohortRow[] {
  const { purchaseStart, month } = store;
  const { visibleEnd } = observation;
  const asOfMonth = monthIndexOf(observation.asOf);
  const rows: CohortRow[] = [];
  let current: CohortRow | null = null;
  let currentMonth = Number.NaN;
  for (let i = 0; i < selection.length; i++) {
    const c = selection[i];
    const first = purchaseStart[c];
    const cohortMonth = month[first];
    if (cohortMonth !== currentMonth) {
      currentMonth = cohortMonth;
      const columns = Math.max(1, asOfMonth - cohortMonth + 1);
      current = { month: monthLabel(cohortMonth), customers: 0, active: new Array<number>(columns).fill(0), share: [] };
      rows.push(current);
    }
    const row = current as CohortRow;
    row.customers++;
    let lastColumn = -1;
    for (let p = first, end = visibleEnd[c]; p < end; p++) {
      const column = month[p] - cohortMonth;
      if (column !== lastColumn && column < row.active.length) {
        row.active[column]++;
        lastColumn = column;
      }
    }
  }
  for (const row of rows) row.share = row.active.map((count) => count / row.customers);
  return rows;
}
