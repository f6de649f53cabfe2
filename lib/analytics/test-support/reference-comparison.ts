import type { EdgeData, MilestoneCondition } from '../../journey/schema';
import { dayHistogram } from '../histogram';
import { selectCustomers, type CustomerFilters } from '../filters';
import { milestoneGraph } from '../milestone-graph';
import { observe, resolveAsOf } from '../observation';
import type { PreparedStore } from '../prepared-store';
import { finalShare, kaplanMeier, medianDayOfAll, medianDayOfReachers, shareBy, SurvivalTally } from '../survival';
import type { Comparison, ComparisonDocument, EdgeFigures, MilestoneFigures, TouchpointFigures } from '../compare';

/**
 * The comparison computed the plain way — milestone by milestone, one array per milestone,
 * one closure per condition — exactly as Loopmap did before the single-pass version. Tests
 * hold `compare` to it on random stores, so the fast path can never drift from the rules.
 */
export function referenceComparison(
  document: ComparisonDocument,
  store: PreparedStore,
  filters: CustomerFilters = {},
  asOf?: number | null,
): Comparison {
  const observation = observe(store, resolveAsOf(store, asOf));
  const selection = selectCustomers(store, observation, filters);
  const graph = milestoneGraph(document);
  const { purchaseStart, day } = store;
  const { visibleEnd, observedDay } = observation;
  const size = selection.length;
  const reaches = new Map<string, Int32Array>();
  const nodes: Record<string, MilestoneFigures> = {};

  for (const milestone of graph.order) {
    const previousIds = graph.previous.get(milestone.id) ?? [];
    const previousReaches = previousIds.map((id) => reaches.get(id)).filter((r): r is Int32Array => r !== undefined);
    const condition = milestone.data.condition;
    const afterPreviousWindow = milestone.data.window?.type === 'afterPrevious';
    const strictlyAfter = condition.type === 'anyPurchaseAfterPrevious';
    const matcher = referenceMatcher(store, condition);
    const reach = new Int32Array(size).fill(-1);
    const clockStart = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      const c = selection[i];
      const first = purchaseStart[c];
      let anchor = first;
      if (previousReaches.length > 0) {
        anchor = -1;
        for (const previous of previousReaches) if (previous[i] >= 0 && (anchor < 0 || previous[i] < anchor)) anchor = previous[i];
      }
      if (afterPreviousWindow) {
        if (anchor < 0) {
          clockStart[i] = -1;
          continue;
        }
        clockStart[i] = day[anchor];
      }
      if ((afterPreviousWindow || strictlyAfter) && anchor < 0) continue;
      const from = strictlyAfter ? anchor + 1 : afterPreviousWindow ? anchor : first;
      if (from < visibleEnd[c]) reach[i] = matcher(from, visibleEnd[c], first);
    }
    reaches.set(milestone.id, reach);

    const window = milestone.data.window;
    const windowDays = window ? window.days : null;
    const tally = new SurvivalTally(observation.maxObservedDay);
    let onTime = 0;
    let late = 0;
    let notReached = 0;
    let censored = 0;
    const reachedDays: number[] = [];
    for (let i = 0; i < size; i++) {
      const clock = clockStart[i];
      if (clock < 0) continue;
      const observed = observedDay[selection[i]] - clock;
      const reachedDay = reach[i] >= 0 ? day[reach[i]] - clock : -1;
      if (reachedDay >= 0) {
        tally.event(reachedDay, observed);
        reachedDays.push(reachedDay);
      } else tally.censor(observed);
      if (windowDays === null) {
        if (reachedDay >= 0) onTime++;
        else notReached++;
      } else if (observed < windowDays) censored++;
      else if (reachedDay < 0) notReached++;
      else if (reachedDay <= windowDays) onTime++;
      else late++;
    }
    const curve = kaplanMeier(tally);
    const eligible = onTime + late + notReached;
    const onTimeShare = eligible > 0 ? onTime / eligible : null;
    const targetShare = milestone.data.targetShare;
    nodes[milestone.id] = {
      title: milestone.data.title,
      condition,
      window,
      clock: window?.type === 'afterPrevious' && previousIds.length > 0 ? 'previousMilestone' : 'firstPurchase',
      previous: previousIds,
      population: eligible + censored,
      eligible,
      onTime,
      late,
      notReached,
      censored,
      reached: reachedDays.length,
      onTimeShare,
      estimatedOnTimeShare: windowDays === null ? null : shareBy(curve, windowDays),
      medianDay: medianDayOfReachers(curve),
      medianDayOfAll: medianDayOfAll(curve),
      windowDays,
      histogram: dayHistogram(reachedDays),
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

  const edges: Record<string, EdgeFigures> = {};
  const edgeData = new Map<string, EdgeData>(document.edges.map((e) => [e.id, e.data]));
  for (const [edgeId, { from, to }] of graph.edgeEnds) {
    const source = reaches.get(from);
    const target = reaches.get(to);
    const tally = new SurvivalTally(observation.maxObservedDay);
    let reachedSource = 0;
    let converted = 0;
    for (let i = 0; source && target && i < size; i++) {
      if (source[i] < 0) continue;
      reachedSource++;
      const watched = observedDay[selection[i]] - day[source[i]];
      if (target[i] >= 0) {
        converted++;
        tally.event(Math.max(0, day[target[i]] - day[source[i]]), watched);
      } else tally.censor(watched);
    }
    const curve = kaplanMeier(tally);
    const conversion = finalShare(curve);
    const expectedDays = edgeData.get(edgeId)?.expectedDays ?? null;
    edges[edgeId] = {
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

  const touchpoints: Record<string, TouchpointFigures> = {};
  for (const node of document.nodes) {
    if (node.kind !== 'touchpoint' || node.data.dayAfterFirstOrder === null) continue;
    const dayN = node.data.dayAfterFirstOrder;
    let audience = 0;
    let bought = 0;
    let covered = 0;
    let boughtCovered = 0;
    for (let i = 0; i < size; i++) {
      const c = selection[i];
      if (observedDay[c] < dayN) continue;
      const second = purchaseStart[c] + 1;
      const secondDay = second < visibleEnd[c] ? day[second] : Infinity;
      if (secondDay < dayN) continue;
      const didBuy = secondDay <= dayN + 6 ? 1 : 0;
      audience++;
      bought += didBuy;
      if (observedDay[c] >= dayN + 6) {
        covered++;
        boughtCovered += didBuy;
      }
    }
    touchpoints[node.id] = { day: dayN, audience, bought, covered, share: covered > 0 ? boughtCovered / covered : null };
  }
  return { asOf: new Date(observation.asOf).toISOString(), customers: size, nodes, edges, touchpoints };
}

function referenceMatcher(store: PreparedStore, condition: MilestoneCondition): (from: number, end: number, first: number) => number {
  switch (condition.type) {
    case 'nthPurchase':
      return (from, end, first) => (first + condition.n - 1 >= from && first + condition.n - 1 < end ? first + condition.n - 1 : -1);
    case 'anyPurchaseAfterPrevious':
      return (from, end) => (from < end ? from : -1);
    case 'amountOver':
      return (from, end) => {
        for (let p = from; p < end; p++) if (store.revenue[p] > condition.amount) return p;
        return -1;
      };
    case 'discount': {
      const wanted = condition.code.trim() === '' ? 0 : store.discounts.find(condition.code);
      return (from, end) => {
        for (let p = from; wanted >= 0 && p < end; p++) if (wanted === 0 ? store.discount[p] !== 0 : store.discount[p] === wanted) return p;
        return -1;
      };
    }
    case 'product': {
      const dictionary = condition.field === 'product' ? store.products : condition.field === 'sku' ? store.skus : store.categories;
      const column = condition.field === 'product' ? store.lineProduct : condition.field === 'sku' ? store.lineSku : store.lineCategory;
      const table = dictionary.matchTable(condition.value, condition.match);
      return (from, end) => {
        for (let p = from; p < end; p++) {
          for (let l = store.lineStart[p]; l < store.lineStart[p + 1]; l++) if (table[column[l]] === 1) return p;
        }
        return -1;
      };
    }
  }
}
