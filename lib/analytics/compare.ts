import type { EdgeData, JourneyDocument, MilestoneCondition, MilestoneWindow } from '../journey/schema';
import { dayHistogramOfCounts, type DayHistogram } from './histogram';
import { selectCustomers, type CustomerFilters } from './filters';
import { milestoneGraph, type MilestoneGraph, type MilestoneNode } from './milestone-graph';
import { evaluateMilestones, planMilestones, type MilestoneReach } from './milestone-match';
import {
  CENSORED,
  LATE,
  NOT_REACHED,
  ON_TIME,
  recordEdge,
  tallyComparison,
  touchpointOutcome,
  type EdgeTally,
  type MilestoneTally,
  type PlannedEdge,
  type TouchpointTally,
} from './comparison-pass';
import { observe, resolveAsOf, type Observation } from './observation';
import type { PreparedStore } from './prepared-store';
import { asPreparedStore, type StoreInput } from './store-input';
import {
  finalShare,
  kaplanMeier,
  medianDayOfAll,
  medianDayOfReachers,
  shareBy,
  SurvivalTally,
  type ReachCurve,
} from './survival';

/**
 * Ideal vs actual: the figures shown on a journey map for one store.
 *
 * MILESTONES — who takes part, and the buckets (every customer taking part is in exactly
 * one of on time / late / not reached / not yet measurable):
 * - The *clock* of a milestone starts at the customer's first purchase (day 0), or — with
 *   a window "within N days of the previous milestone" — on the day the customer reached
 *   the previous milestone; customers who have not reached the previous milestone do not
 *   take part in such a milestone.
 * - The window ends N days after the clock starts (day N included).
 * - A customer is *eligible* when their data covers the whole window: as of the as-of
 *   date, at least N whole days have passed since their clock started. Customers whose
 *   data does not yet cover the window are *not yet measurable* (censored) — never a
 *   miss, even if they already reached the milestone, because counting only the early
 *   successes of recent customers would flatter the figure.
 * - Of the eligible: *on time* = reached it by day N; *late* = reached it after day N
 *   (and by the as-of date); *not reached* = had not reached it by the as-of date.
 *   So on time + late + not reached = eligible, always.
 * - A milestone without a window has no deadline: every customer taking part is eligible,
 *   "on time" means reached by the as-of date, late is 0.
 * - The cumulative curve is a Kaplan–Meier estimate over everyone taking part, eligible or
 *   not: the share expected to have reached it by each day since the clock started.
 *   The median day is the first day by which half of those who reach it had reached it,
 *   read from that curve.
 * EDGES — between two milestones A → B: of the customers who reached A, the share who
 * reach B (Kaplan–Meier over days from A to B, so customers who reached A recently count
 * only for as long as they have been watched), and the median days from A to B among
 * those who make it. Reaching B before A counts as 0 days.
 * TOUCHPOINTS with a day N — the audience on day N: customers whose data reaches day N and
 * who had no second purchase before day N; of them, who made one on days N to N + 6.
 */

export interface TargetFigures {
  /** The share the map aims for (0–1). */
  share: number;
  /** The share of eligible customers who reached the milestone on time; null with none eligible. */
  actual: number | null;
  /** actual − share; negative means behind target. */
  gap: number | null;
  met: boolean | null;
}

export interface MilestoneFigures {
  title: string;
  condition: MilestoneCondition;
  window: MilestoneWindow | null;
  /** Where the milestone's days are counted from. */
  clock: 'firstPurchase' | 'previousMilestone';
  /** The milestones whose reaching starts this one's clock (see milestone-graph). */
  previous: string[];
  /** Customers taking part: eligible + censored. */
  population: number;
  eligible: number;
  onTime: number;
  late: number;
  notReached: number;
  /** Not yet measurable: data does not cover the window. */
  censored: number;
  /** Customers taking part who reached it by the as-of date (eligible or not). */
  reached: number;
  /** onTime ÷ eligible, or null when nobody is eligible. */
  onTimeShare: number | null;
  /** The curve's value at the window's last day (uses censored customers too); null without a window or data. */
  estimatedOnTimeShare: number | null;
  /** First day by which half of those who reach it had reached it (Kaplan–Meier). */
  medianDay: number | null;
  /** First day by which half of everyone taking part reached it; null when fewer ever do. */
  medianDayOfAll: number | null;
  /** The window's last day counted on the milestone's clock, or null. */
  windowDays: number | null;
  /** Day reached (on the milestone's clock) of everyone taking part who reached it. */
  histogram: DayHistogram;
  curve: ReachCurve;
  target: TargetFigures | null;
}

export interface EdgeFigures {
  /** The milestones at the two ends (see milestone-graph for edges through other nodes). */
  from: string;
  to: string;
  /** Customers who reached the source milestone. */
  reachedSource: number;
  /** Of them, those who have reached the target by the as-of date. */
  converted: number;
  /** converted ÷ reachedSource (ignores that recent customers may still convert). */
  plainConversion: number | null;
  /** Kaplan–Meier share of source-reachers who reach the target, at the end of the data. */
  conversion: number | null;
  /** 1 − conversion: the estimated drop-off. */
  dropOff: number | null;
  /** First day (after reaching the source) by which half of the converters had converted. */
  medianDays: number | null;
  /** The edge's expected delay, when set, and the Kaplan–Meier share converted by then. */
  expectedDays: number | null;
  conversionByExpectedDays: number | null;
}

export interface TouchpointFigures {
  day: number;
  /** Customers whose data reaches day N and who had no second purchase before day N. */
  audience: number;
  /** Of the audience, those who made their second purchase on days N … N + 6. */
  bought: number;
  /** Audience members whose data reaches day N + 6 (the whole 7 days are seen). */
  covered: number;
  /** Of the covered, the share who bought in those 7 days; null when none are covered. */
  share: number | null;
}

export interface Comparison {
  /** The moment the figures describe, ISO 8601 (UTC). */
  asOf: string;
  /** Customers selected by the filters (who had a first purchase by the as-of date). */
  customers: number;
  nodes: Record<string, MilestoneFigures>;
  edges: Record<string, EdgeFigures>;
  touchpoints: Record<string, TouchpointFigures>;
}

export type ComparisonDocument = Pick<JourneyDocument, 'nodes' | 'edges'>;

/** Everything the customer lists of a comparison are computed from (per customer, per milestone). */
export interface ComparisonContext {
  store: PreparedStore;
  observation: Observation;
  selection: Int32Array;
  graph: MilestoneGraph;
  reaches: Map<string, MilestoneReach>;
}

/** `milestoneIds`, when given, limits `reaches` to those milestones (see evaluateMilestones). */
export function comparisonContext(
  document: ComparisonDocument,
  input: StoreInput,
  filters: CustomerFilters = {},
  asOf?: number | null,
  milestoneIds?: readonly string[],
): ComparisonContext {
  const store = asPreparedStore(input);
  const observation = observe(store, resolveAsOf(store, asOf));
  const selection = selectCustomers(store, observation, filters);
  const graph = milestoneGraph(document);
  const reaches = evaluateMilestones(store, observation, selection, graph, milestoneIds);
  return { store, observation, selection, graph, reaches };
}

export { CENSORED, LATE, milestoneBucket, NOT_REACHED, ON_TIME, OUTSIDE } from './comparison-pass';

/** The comparison of `document` against the store's customers, as of `asOf` (default: the store's last order). */
export function compare(
  document: ComparisonDocument,
  input: StoreInput,
  filters: CustomerFilters = {},
  asOf?: number | null,
): Comparison {
  const store = asPreparedStore(input);
  const observation = observe(store, resolveAsOf(store, asOf));
  const selection = selectCustomers(store, observation, filters);
  const graph = milestoneGraph(document);
  const plan = planMilestones(store, graph);
  const position = new Map<string, number>(plan.milestones.map((m, k) => [m.id, k]));
  const edgeEnds = [...graph.edgeEnds];
  const plannedEdges: PlannedEdge[] = edgeEnds.map(([, ends]) => ({ from: position.get(ends.from) ?? -1, to: position.get(ends.to) ?? -1 }));
  const dated = document.nodes.flatMap((node) =>
    node.kind === 'touchpoint' && node.data.dayAfterFirstOrder !== null ? [{ id: node.id, day: node.data.dayAfterFirstOrder }] : [],
  );
  const tallies = tallyComparison(store, observation, selection, plan, plannedEdges, dated.map((t) => t.day));

  const nodes: Record<string, MilestoneFigures> = {};
  plan.milestones.forEach((milestone, k) => {
    nodes[milestone.id] = milestoneFigures(milestone, plan.previousIds[k] as string[], tallies.milestones[k]);
  });
  const edges: Record<string, EdgeFigures> = {};
  const edgeData = new Map<string, EdgeData>(document.edges.map((edge) => [edge.id, edge.data]));
  edgeEnds.forEach(([edgeId, ends], e) => {
    edges[edgeId] = edgeFigures(ends.from, ends.to, edgeData.get(edgeId)?.expectedDays ?? null, tallies.edges[e]);
  });
  const touchpoints: Record<string, TouchpointFigures> = {};
  dated.forEach((touchpoint, t) => {
    touchpoints[touchpoint.id] = touchpointFigures(touchpoint.day, tallies.touchpoints[t]);
  });
  return { asOf: new Date(observation.asOf).toISOString(), customers: selection.length, nodes, edges, touchpoints };
}

function milestoneFigures(milestone: MilestoneNode, previous: string[], tally: MilestoneTally): MilestoneFigures {
  const window = milestone.data.window;
  const windowDays = window ? window.days : null;
  const counts = tally.buckets;
  const curve = kaplanMeier(tally.survival);
  const eligible = counts[ON_TIME] + counts[LATE] + counts[NOT_REACHED];
  const onTimeShare = eligible > 0 ? counts[ON_TIME] / eligible : null;
  const targetShare = milestone.data.targetShare;
  return {
    title: milestone.data.title,
    condition: milestone.data.condition,
    window,
    clock: window?.type === 'afterPrevious' && previous.length > 0 ? 'previousMilestone' : 'firstPurchase',
    previous,
    population: eligible + counts[CENSORED],
    eligible,
    onTime: counts[ON_TIME],
    late: counts[LATE],
    notReached: counts[NOT_REACHED],
    censored: counts[CENSORED],
    reached: tally.reached,
    onTimeShare,
    estimatedOnTimeShare: windowDays === null ? null : shareBy(curve, windowDays),
    medianDay: medianDayOfReachers(curve),
    medianDayOfAll: medianDayOfAll(curve),
    windowDays,
    // Every reacher is one event of the survival tally on the day they reached it.
    histogram: dayHistogramOfCounts(tally.survival.events),
    curve,
    target:
      targetShare === null
        ? null
        : {
            share: targetShare,
            actual: onTimeShare,
            gap: onTimeShare === null ? null : onTimeShare - targetShare,
            met: onTimeShare === null ? null : onTimeShare >= targetShare,
          },
  };
}

/** Per selected customer on an edge: −1 = did not reach the source, 0 = not converted, 1 = converted. */
export function edgeOutcomes(context: ComparisonContext, from: string, to: string): { outcome: Int8Array; tally: SurvivalTally } {
  const { store, observation, selection, reaches } = context;
  const source = reaches.get(from)?.reach;
  const target = reaches.get(to)?.reach;
  const outcome = new Int8Array(selection.length).fill(-1);
  const tally = new SurvivalTally(observation.maxObservedDay);
  if (!source || !target) return { outcome, tally };
  for (let i = 0; i < selection.length; i++) {
    if (source[i] < 0) continue;
    outcome[i] = recordEdge(tally, store.day, source[i], target[i], observation.observedDay[selection[i]]);
  }
  return { outcome, tally };
}

function edgeFigures(from: string, to: string, expectedDays: number | null, tally: EdgeTally): EdgeFigures {
  const { reachedSource, converted } = tally;
  const curve = kaplanMeier(tally.survival);
  const conversion = finalShare(curve);
  return {
    from,
    to,
    reachedSource,
    converted,
    plainConversion: reachedSource > 0 ? converted / reachedSource : null,
    conversion,
    dropOff: conversion === null ? null : 1 - conversion,
    medianDays: medianDayOfReachers(curve),
    expectedDays,
    conversionByExpectedDays: expectedDays === null ? null : shareBy(curve, expectedDays),
  };
}

/** Per selected customer: −1 = not in the audience of day N, 0 = audience, 1 = audience and bought. */
export function touchpointOutcomes(store: PreparedStore, observation: Observation, selection: Int32Array, dayN: number): Int8Array {
  const outcome = new Int8Array(selection.length);
  for (let i = 0; i < selection.length; i++) outcome[i] = touchpointOutcome(store, observation, selection[i], dayN);
  return outcome;
}

function touchpointFigures(dayN: number, tally: TouchpointTally): TouchpointFigures {
  const { audience, bought, covered, boughtCovered } = tally;
  return { day: dayN, audience, bought, covered, share: covered > 0 ? boughtCovered / covered : null };
}
