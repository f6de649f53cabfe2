/**
 * Kaplan–Meier estimation on whole days, for "what share reaches X by day N" when some
 * customers have not been watched long enough to know.
 *
 * Each customer contributes one time: the day they reached X (an *event*), or the last
 * day their data covers without X (a *censoring*: we know they had not reached it by
 * then, nothing more). On each day t with events, the share not yet reached is
 * multiplied by (1 − reached on t ÷ still watched on t), where "still watched on t" is
 * everyone whose time is t or later. A customer censored on day t is still watched on
 * day t, so on a tie the events are counted first. With nobody censored before day N,
 * the estimate at N is exactly the plain share reached by day N.
 *
 * Counts are kept per day in typed arrays, so building a curve is linear in the number
 * of customers plus the number of days, with no sorting.
 */
export class SurvivalTally {
  events: Int32Array;
  censored: Int32Array;
  total = 0;
  lastDay = -1;

  constructor(maxDay: number) {
    const size = Math.max(1, maxDay + 1);
    this.events = new Int32Array(size);
    this.censored = new Int32Array(size);
  }

  /**
   * Someone reached it on `day` (days before 0 count as day 0). `watchedDays`, when given,
   * is how far their data reaches: it extends how far the curve can be read, since their
   * later days are known too.
   */
  event(day: number, watchedDays = day): void {
    const d = day < 0 ? 0 : day;
    if (d >= this.events.length) this.grow(d);
    this.events[d]++;
    this.total++;
    const seen = watchedDays > d ? watchedDays : d;
    if (seen > this.lastDay) this.lastDay = seen;
  }

  /**
   * A tally from counts kept elsewhere (a pass that fills many tallies at once keeps them in
   * shared arrays): `events[d]` reached it on day d, `censored[d]` were last watched on day d
   * without reaching it; `lastDay` is how far anyone was watched (see `event`). The arrays are
   * used, not copied.
   */
  static fromCounts(events: Int32Array, censored: Int32Array, lastDay: number): SurvivalTally {
    const tally = new SurvivalTally(0);
    tally.events = events;
    tally.censored = censored;
    let total = 0;
    for (let d = 0; d < events.length; d++) total += events[d];
    for (let d = 0; d < censored.length; d++) total += censored[d];
    tally.total = total;
    tally.lastDay = lastDay;
    return tally;
  }

  /** Someone had not reached it by `day`, the last day their data covers. */
  censor(day: number): void {
    const d = day < 0 ? 0 : day;
    if (d >= this.censored.length) this.grow(d);
    this.censored[d]++;
    this.total++;
    if (d > this.lastDay) this.lastDay = d;
  }

  private grow(day: number): void {
    const size = Math.max(day + 1, this.events.length * 2);
    const events = new Int32Array(size);
    const censored = new Int32Array(size);
    events.set(this.events);
    censored.set(this.censored);
    this.events = events;
    this.censored = censored;
  }
}

export interface ReachCurve {
  /** Days on which someone reached it, ascending; the share changes only on these days. */
  days: number[];
  /** Estimated share (0–1) that reached it by each of those days. */
  share: number[];
  /** How many were still watched (not reached, data covering the day) on each of those days. */
  atRisk: number[];
  /** The last day anyone's data covers (reached or not); the curve says nothing beyond it (−1 when empty). */
  lastDay: number;
  /** How many customers the curve is about. */
  customers: number;
}

export function kaplanMeier(tally: SurvivalTally): ReachCurve {
  const days: number[] = [];
  const share: number[] = [];
  const atRiskOut: number[] = [];
  let atRisk = tally.total;
  let survival = 1;
  const { events, censored } = tally;
  for (let day = 0; day <= tally.lastDay; day++) {
    const reached = day < events.length ? events[day] : 0;
    if (reached > 0) {
      survival *= 1 - reached / atRisk;
      days.push(day);
      share.push(1 - survival);
      atRiskOut.push(atRisk);
    }
    atRisk -= reached + (day < censored.length ? censored[day] : 0);
  }
  return { days, share, atRisk: atRiskOut, lastDay: tally.lastDay, customers: tally.total };
}

/** Kaplan–Meier from plain lists: `reachedDays` (events) and `censoredDays`. */
export function kaplanMeierOf(reachedDays: readonly number[], censoredDays: readonly number[]): ReachCurve {
  let maxDay = 0;
  for (const d of reachedDays) if (d > maxDay) maxDay = d;
  for (const d of censoredDays) if (d > maxDay) maxDay = d;
  const tally = new SurvivalTally(maxDay);
  for (const d of reachedDays) tally.event(d);
  for (const d of censoredDays) tally.censor(d);
  return kaplanMeier(tally);
}

/**
 * Estimated share that reached it by `day` (inclusive), or null when nobody's data
 * reaches that day (the estimate would be a guess).
 */
export function shareBy(curve: ReachCurve, day: number): number | null {
  if (curve.customers === 0 || day > curve.lastDay || day < 0) return null;
  let value = 0;
  for (let i = 0; i < curve.days.length && curve.days[i] <= day; i++) value = curve.share[i];
  return value;
}

/** The estimated share reached by the end of the data (the curve's last value). */
export function finalShare(curve: ReachCurve): number | null {
  if (curve.customers === 0) return null;
  return curve.share.length === 0 ? 0 : curve.share[curve.share.length - 1];
}

/** The first day by which at least half of *all* customers reached it; null if never. */
export function medianDayOfAll(curve: ReachCurve): number | null {
  for (let i = 0; i < curve.days.length; i++) if (curve.share[i] >= 0.5 - 1e-12) return curve.days[i];
  return null;
}

/**
 * The first day by which at least half of those who reach it had reached it, read from
 * the curve: the first day its share reaches half of its final value. Because the curve
 * accounts for customers not yet watched long enough, this is not pulled early by recent
 * customers (whose late successes cannot be seen yet). Null when nobody reached it.
 */
export function medianDayOfReachers(curve: ReachCurve): number | null {
  const last = finalShare(curve);
  if (last === null || last === 0) return null;
  const half = last / 2;
  for (let i = 0; i < curve.days.length; i++) if (curve.share[i] >= half - 1e-12) return curve.days[i];
  return null;
}
