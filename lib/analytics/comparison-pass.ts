import { reachCustomer, type MilestonePlan } from './milestone-match';
import type { Observation } from './observation';
import type { PreparedStore } from './prepared-store';
import { SurvivalTally } from './survival';

/**
 * The counting behind a comparison, in a single pass over the selected customers: each
 * customer's milestones are evaluated once (`reachCustomer`) and added at once to the
 * tallies of every milestone, edge and dated touchpoint. Memory is per figure (counts per
 * day), never per customer, so the cost is one scan of the store whatever the map's size
 * and a request allocates next to nothing — see milestone-match.ts for why that matters.
 * The per-customer rules (`milestoneBucket`, `recordEdge`, `touchpointOutcome`) are also
 * what the customer lists use, so a list always has as many customers as its figure.
 */

/**
 * The bucket a customer taking part in a milestone falls in (see compare.ts for the rules):
 * every customer taking part is in exactly one of on time / late / not reached / not yet
 * measurable. (Defined here, beside its hot loop, so the loop calls it directly: where
 * modules are compiled to CommonJS, as under tsx, calling another module's export goes
 * through a getter, which cost more than the bucket itself.)
 */
export const OUTSIDE = 0;
export const ON_TIME = 1;
export const LATE = 2;
export const NOT_REACHED = 3;
export const CENSORED = 4;

/**
 * The bucket of one customer for a milestone. `reachedDay` and `observedDays` count from
 * the milestone's clock start (reachedDay −1 = not reached); `windowDays` null = no window.
 */
export function milestoneBucket(reachedDay: number, observedDays: number, windowDays: number | null): number {
  if (windowDays === null) return reachedDay >= 0 ? ON_TIME : NOT_REACHED;
  if (observedDays < windowDays) return CENSORED;
  if (reachedDay < 0) return NOT_REACHED;
  return reachedDay <= windowDays ? ON_TIME : LATE;
}

export interface MilestoneTally {
  /** Days from the clock's start to reaching it; `survival.events[d]` is also the histogram of reachers. */
  survival: SurvivalTally;
  /** Customers per bucket (indexed by ON_TIME, LATE, …). */
  buckets: Int32Array;
  reached: number;
}

export interface EdgeTally {
  survival: SurvivalTally;
  reachedSource: number;
  converted: number;
}

export interface TouchpointTally {
  audience: number;
  bought: number;
  covered: number;
  boughtCovered: number;
}

export interface ComparisonTallies {
  milestones: MilestoneTally[];
  edges: EdgeTally[];
  touchpoints: TouchpointTally[];
}

/** An edge between milestones, as positions in the plan (−1: not a milestone of the plan, so nobody counts). */
export interface PlannedEdge {
  from: number;
  to: number;
}

/**
 * Adds one customer who reached an edge's source (purchase `source` ≥ 0) to the edge's
 * survival tally: days from the source to the target (0 when the target came first), or
 * censored on the last watched day. Returns 1 when they reached the target, else 0.
 * (`tallyComparison` applies the same rule to its shared counts.)
 */
export function recordEdge(survival: SurvivalTally, day: Int32Array, source: number, target: number, observedDay: number): 0 | 1 {
  const startDay = day[source];
  if (target >= 0) {
    const days = day[target] - startDay;
    survival.event(days > 0 ? days : 0, observedDay - startDay);
    return 1;
  }
  survival.censor(observedDay - startDay);
  return 0;
}

/** For customer `c` and a touchpoint on day N: −1 = not in its audience, 0 = audience, 1 = audience and bought. */
export function touchpointOutcome(store: PreparedStore, observation: Observation, c: number, dayN: number): -1 | 0 | 1 {
  return touchpointOutcomeOf(observation.observedDay[c], secondPurchaseDay(store, observation, c), dayN);
}

/** The day of customer `c`'s second purchase as of the observation; Infinity when there is none. */
function secondPurchaseDay(store: PreparedStore, observation: Observation, c: number): number {
  const second = store.purchaseStart[c] + 1;
  return second < observation.visibleEnd[c] ? store.day[second] : Number.POSITIVE_INFINITY;
}

/**
 * The audience of day N: customers watched through day N with no second purchase before
 * it; of them, those whose second purchase came on days N … N + 6 bought.
 */
function touchpointOutcomeOf(observedDay: number, secondDay: number, dayN: number): -1 | 0 | 1 {
  if (observedDay < dayN || secondDay < dayN) return -1;
  return secondDay <= dayN + 6 ? 1 : 0;
}

/**
 * Every day a tally can be asked to count fits in 0 … this bound: days reached or watched
 * are differences of a customer's day offsets and their observed day. Knowing it up front
 * lets all tallies share flat arrays with no growth checks in the loop. (With consistent
 * data it is the largest observed day; the scan keeps even odd imports in range.)
 */
function dayBound(store: PreparedStore, observation: Observation): number {
  let maxDay = observation.maxObservedDay;
  let minDay = 0;
  const { day } = store;
  for (let p = 0; p < day.length; p++) {
    const d = day[p];
    if (d > maxDay) maxDay = d;
    else if (d < minDay) minDay = d;
  }
  return maxDay - minDay;
}

/**
 * Counts per day for `figures` survival tallies side by side in flat arrays: figure f's
 * day d is at `f × span + d`. One typed array per kind of count keeps the loop to plain
 * indexed increments.
 */
class DayCounts {
  readonly events: Int32Array;
  readonly censored: Int32Array;
  readonly lastDay: Int32Array;

  constructor(
    figures: number,
    readonly span: number,
  ) {
    this.events = new Int32Array(figures * span);
    this.censored = new Int32Array(figures * span);
    this.lastDay = new Int32Array(figures).fill(-1);
  }

  /** The same as SurvivalTally.event / censor for figure f; `reachedDay` −1 = censored on `watched`. */
  add(f: number, reachedDay: number, watched: number): void {
    let seen: number;
    if (reachedDay >= 0) {
      this.events[f * this.span + reachedDay]++;
      seen = watched > reachedDay ? watched : reachedDay;
    } else {
      seen = watched < 0 ? 0 : watched;
      this.censored[f * this.span + seen]++;
    }
    if (seen > this.lastDay[f]) this.lastDay[f] = seen;
  }

  /** `count` figure-f customers last watched on `day` (≥ 0) without reaching it. */
  censorMany(f: number, day: number, count: number): void {
    this.censored[f * this.span + day] += count;
    if (day > this.lastDay[f]) this.lastDay[f] = day;
  }

  tally(f: number): SurvivalTally {
    const from = f * this.span;
    return SurvivalTally.fromCounts(this.events.subarray(from, from + this.span), this.censored.subarray(from, from + this.span), this.lastDay[f]);
  }
}

/** The edges leaving each milestone k: `edge[j]` (its index) and `target[j]` for j in `start[k] … start[k + 1] − 1`. */
function edgesBySource(edges: readonly PlannedEdge[], milestoneCount: number): { start: Int32Array; edge: Int32Array; target: Int32Array } {
  const start = new Int32Array(milestoneCount + 1);
  const counted = edges.filter((e) => e.from >= 0 && e.to >= 0);
  for (const e of counted) start[e.from + 1]++;
  for (let k = 0; k < milestoneCount; k++) start[k + 1] += start[k];
  const next = start.slice(0, milestoneCount);
  const edge = new Int32Array(counted.length);
  const target = new Int32Array(counted.length);
  edges.forEach((e, index) => {
    if (e.from < 0 || e.to < 0) return;
    const j = next[e.from]++;
    edge[j] = index;
    target[j] = e.to;
  });
  return { start, edge, target };
}

/**
 * The counts behind every figure of a comparison: `plan`'s milestones, `edges` between them
 * and touchpoints on `touchpointDays`, over the `selection` of customers as observed.
 */
export function tallyComparison(
  store: PreparedStore,
  observation: Observation,
  selection: Int32Array,
  plan: MilestonePlan,
  edges: readonly PlannedEdge[],
  touchpointDays: readonly number[],
): ComparisonTallies {
  const span = dayBound(store, observation) + 1;
  const milestoneCount = plan.milestones.length;
  const milestoneDays = new DayCounts(milestoneCount, span);
  const buckets = new Int32Array(milestoneCount * 5);
  const reached = new Int32Array(milestoneCount);
  const windowDays = plan.milestones.map((m) => (m.data.window ? m.data.window.days : null));

  const edgeCount = edges.length;
  const bySource = edgesBySource(edges, milestoneCount);
  const edgeDays = new DayCounts(edgeCount, span);
  const reachedSource = new Int32Array(edgeCount);
  const converted = new Int32Array(edgeCount);

  const touchpointCount = touchpointDays.length;
  const dayN = Int32Array.from(touchpointDays);
  /** Per touchpoint: audience, bought, covered, bought among the covered. */
  const touchpointCounts = new Int32Array(touchpointCount * 4);

  // A milestone whose clock starts at the first purchase has every selected customer taking
  // part, and most of them never reach it. Those are not counted one by one: each is a
  // censoring on their observed day, so they are counted at the end as everyone's observed
  // days less those of the customers counted one by one (the ones with a reaching purchase).
  const observedDays = new Int32Array(span);
  const clockAtFirstPurchase = Uint8Array.from(plan.afterPreviousWindow, (afterPrevious) => (afterPrevious === 1 ? 0 : 1));
  const countedOneByOne = new Int32Array(milestoneCount * span);

  const reach = new Int32Array(milestoneCount);
  const clockStart = new Int32Array(milestoneCount);
  const { purchaseStart, day } = store;
  const { visibleEnd, observedDay } = observation;
  for (let i = 0; i < selection.length; i++) {
    const c = selection[i];
    const observed = observedDay[c];
    observedDays[observed]++;
    reachCustomer(plan, store, purchaseStart[c], visibleEnd[c], reach, clockStart);

    for (let k = 0; k < milestoneCount; k++) {
      const clock = clockStart[k];
      if (clock < 0) continue;
      const purchase = reach[k];
      if (clockAtFirstPurchase[k] === 1) {
        if (purchase < 0) continue;
        countedOneByOne[k * span + observed]++;
      }
      const reachedDay = purchase >= 0 ? day[purchase] - clock : -1;
      const watched = observed - clock;
      milestoneDays.add(k, reachedDay, watched);
      if (reachedDay >= 0) reached[k]++;
      buckets[k * 5 + milestoneBucket(reachedDay, watched, windowDays[k])]++;
    }

    // Edges count only customers who reached their source: visit the sources reached.
    for (let k = 0; k < milestoneCount; k++) {
      const source = reach[k];
      if (source < 0) continue;
      const startDay = day[source];
      for (let j = bySource.start[k]; j < bySource.start[k + 1]; j++) {
        const e = bySource.edge[j];
        const target = reach[bySource.target[j]];
        reachedSource[e]++;
        if (target >= 0) {
          converted[e]++;
          const days = day[target] - startDay;
          edgeDays.add(e, days > 0 ? days : 0, observed - startDay);
        } else edgeDays.add(e, -1, observed - startDay);
      }
    }

    const secondDay = touchpointCount > 0 ? secondPurchaseDay(store, observation, c) : 0;
    for (let t = 0; t < touchpointCount; t++) {
      const outcome = touchpointOutcomeOf(observed, secondDay, dayN[t]);
      if (outcome < 0) continue;
      touchpointCounts[t * 4]++;
      touchpointCounts[t * 4 + 1] += outcome;
      if (observed >= dayN[t] + 6) {
        touchpointCounts[t * 4 + 2]++;
        touchpointCounts[t * 4 + 3] += outcome;
      }
    }
  }

  for (let k = 0; k < milestoneCount; k++) {
    if (clockAtFirstPurchase[k] === 0) continue;
    for (let d = 0; d < span; d++) {
      const notReached = observedDays[d] - countedOneByOne[k * span + d];
      if (notReached === 0) continue;
      milestoneDays.censorMany(k, d, notReached);
      buckets[k * 5 + milestoneBucket(-1, d, windowDays[k])] += notReached;
    }
  }

  return {
    milestones: plan.milestones.map((_, k) => ({
      survival: milestoneDays.tally(k),
      buckets: buckets.slice(k * 5, k * 5 + 5),
      reached: reached[k],
    })),
    edges: edges.map((_, e) => ({ survival: edgeDays.tally(e), reachedSource: reachedSource[e], converted: converted[e] })),
    touchpoints: touchpointDays.map((_, t) => ({
      audience: touchpointCounts[t * 4],
      bought: touchpointCounts[t * 4 + 1],
      covered: touchpointCounts[t * 4 + 2],
      boughtCovered: touchpointCounts[t * 4 + 3],
    })),
  };
}
