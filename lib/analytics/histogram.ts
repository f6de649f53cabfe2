/**
 * Counts of "day reached" in equal bins. The bin width is the smallest of 1, 7, 14, 30,
 * 60, 90, 180, 365 or 730 days that needs at most 40 bins to reach the latest day, so a
 * short window is shown day by day and a long one by weeks or months.
 */
export interface DayHistogram {
  /** Bin k covers days k × binDays … (k + 1) × binDays − 1. */
  binDays: number;
  counts: number[];
}

const WIDTHS = [1, 7, 14, 30, 60, 90, 180, 365, 730];
const MAX_BINS = 40;

export function binWidthFor(maxDay: number): number {
  for (const width of WIDTHS) if (Math.floor(maxDay / width) + 1 <= MAX_BINS) return width;
  return Math.ceil((maxDay + 1) / MAX_BINS);
}

/** A histogram of `days` (each ≥ 0); `counts` is empty when there are none. */
export function dayHistogram(days: Int32Array | readonly number[], length = days.length): DayHistogram {
  let maxDay = -1;
  for (let i = 0; i < length; i++) if (days[i] > maxDay) maxDay = days[i];
  if (maxDay < 0) return { binDays: 1, counts: [] };
  const binDays = binWidthFor(maxDay);
  const counts = new Array<number>(Math.floor(maxDay / binDays) + 1).fill(0);
  for (let i = 0; i < length; i++) counts[Math.floor(days[i] / binDays)]++;
  return { binDays, counts };
}

/** The same histogram from counts per day (`perDay[d]` = how many reached it on day d). */
export function dayHistogramOfCounts(perDay: Int32Array | readonly number[]): DayHistogram {
  let maxDay = -1;
  for (let d = perDay.length - 1; d >= 0; d--) {
    if (perDay[d] > 0) {
      maxDay = d;
      break;
    }
  }
  if (maxDay < 0) return { binDays: 1, counts: [] };
  const binDays = binWidthFor(maxDay);
  const counts = new Array<number>(Math.floor(maxDay / binDays) + 1).fill(0);
  for (let d = 0; d <= maxDay; d++) counts[Math.floor(d / binDays)] += perDay[d];
  return { binDays, counts };
}
