import type { MilestoneCondition } from '../journey/schema';
import type { MilestoneGraph, MilestoneNode } from './milestone-graph';
import type { Observation } from './observation';
import type { PreparedStore } from './prepared-store';

/**
 * When each customer reached each milestone.
 *
 * A milestone is reached by the customer's first purchase (as of the as-of moment) that
 * meets its condition:
 * - `nthPurchase n`: the purchase numbered n (two orders on one day are two purchases);
 * - `product`: a purchase with a line whose product name / SKU / category equals or
 *   contains the text (case-insensitive);
 * - `discount`: a purchase with a discount code — any, or the given one (case-insensitive);
 * - `amountOver`: a purchase whose net revenue is more than the amount;
 * - `anyPurchaseAfterPrevious`: the next purchase after the one that reached the previous
 *   milestone (for a milestone with no previous one: the second purchase).
 * With a window "within N days of the previous milestone", only purchases from the one that
 * reached the previous milestone onward count (that purchase itself included), and only
 * customers who reached the previous milestone take part. With no previous milestone on
 * the map, "the previous milestone" is the first purchase.
 *
 * The rules live in one place, `reachCustomer`, which evaluates every milestone of the map
 * for one customer. The comparison calls it customer by customer and tallies as it goes,
 * so it keeps no per-customer arrays (at a million order lines those arrays were tens of
 * megabytes per request, and allocating them set off full garbage collections);
 * `evaluateMilestones` calls the same function to keep the per-customer results the
 * customer lists need.
 */
export interface MilestoneReach {
  milestone: MilestoneNode;
  previous: string[];
  /** Per selected customer: global index of the purchase that reached it, or −1. */
  reach: Int32Array;
  /** Per selected customer: the day its clock starts (0 = first purchase), −1 = not taking part. */
  clockStart: Int32Array;
}

/**
 * The kinds of condition, as numbers for the hot loop. A `const enum` because its members
 * compile to literals: module-level constants are read from the module's closure on every
 * use, which cost a third of the evaluation time.
 */
const enum Kind {
  NthPurchase,
  AnyPurchaseAfterPrevious,
  AmountOver,
  Discount,
  Product,
  Never,
}

/**
 * The map's milestones compiled against one store: conditions turned into numbers and
 * dictionary ids, previous milestones into positions, so evaluating a customer compares
 * numbers only. Milestone k is `milestones[k]`, in the graph's evaluation order.
 */
export interface MilestonePlan {
  readonly milestones: readonly MilestoneNode[];
  /** Previous milestone ids of each milestone, as the graph gives them. */
  readonly previousIds: readonly (readonly string[])[];
  /** Positions of milestone k's previous milestones: `previousList[previousStart[k]] … [previousStart[k + 1] − 1]`. */
  readonly previousStart: Int32Array;
  readonly previousList: Int32Array;
  /** 1 when the window counts from the previous milestone. */
  readonly afterPreviousWindow: Uint8Array;
  readonly kind: Uint8Array;
  /** nthPurchase: n − 1; amountOver: the amount; discount: the wanted id (0 = any code). */
  readonly parameter: Float64Array;
  /** product: per dictionary id, 1 when it matches. */
  readonly matchTables: readonly (Uint8Array | null)[];
  /** product: the line column the table is indexed by. */
  readonly lineColumns: readonly (Int32Array | null)[];
}

export function planMilestones(store: PreparedStore, graph: MilestoneGraph): MilestonePlan {
  const milestones = graph.order;
  const count = milestones.length;
  const position = new Map<string, number>(milestones.map((m, k) => [m.id, k]));
  const previousIds: string[][] = [];
  const previousStart = new Int32Array(count + 1);
  const previous: number[] = [];
  const afterPreviousWindow = new Uint8Array(count);
  const kind = new Uint8Array(count);
  const parameter = new Float64Array(count);
  const matchTables: (Uint8Array | null)[] = [];
  const lineColumns: (Int32Array | null)[] = [];
  for (let k = 0; k < count; k++) {
    const milestone = milestones[k];
    const ids = graph.previous.get(milestone.id) ?? [];
    previousIds.push(ids);
    previousStart[k] = previous.length;
    // Only milestones evaluated before this one can start its clock (the graph's order guarantees it).
    for (const id of ids) {
      const at = position.get(id);
      if (at !== undefined && at < k) previous.push(at);
    }
    afterPreviousWindow[k] = milestone.data.window?.type === 'afterPrevious' ? 1 : 0;
    const compiled = compileCondition(store, milestone.data.condition);
    kind[k] = compiled.kind;
    parameter[k] = compiled.parameter;
    matchTables.push(compiled.table);
    lineColumns.push(compiled.column);
  }
  previousStart[count] = previous.length;
  return {
    milestones,
    previousIds,
    previousStart,
    previousList: Int32Array.from(previous),
    afterPreviousWindow,
    kind,
    parameter,
    matchTables,
    lineColumns,
  };
}

interface CompiledCondition {
  kind: Kind;
  parameter: number;
  table: Uint8Array | null;
  column: Int32Array | null;
}

function compileCondition(store: PreparedStore, condition: MilestoneCondition): CompiledCondition {
  switch (condition.type) {
    case 'nthPurchase':
      return { kind: Kind.NthPurchase, parameter: condition.n - 1, table: null, column: null };
    case 'anyPurchaseAfterPrevious':
      return { kind: Kind.AnyPurchaseAfterPrevious, parameter: 0, table: null, column: null };
    case 'amountOver':
      return { kind: Kind.AmountOver, parameter: condition.amount, table: null, column: null };
    case 'discount': {
      const wanted = condition.code.trim() === '' ? 0 : store.discounts.find(condition.code);
      return { kind: wanted < 0 ? Kind.Never : Kind.Discount, parameter: wanted, table: null, column: null };
    }
    case 'product': {
      const dictionary = condition.field === 'product' ? store.products : condition.field === 'sku' ? store.skus : store.categories;
      const column = condition.field === 'product' ? store.lineProduct : condition.field === 'sku' ? store.lineSku : store.lineCategory;
      return { kind: Kind.Product, parameter: 0, table: dictionary.matchTable(condition.value, condition.match), column };
    }
  }
}

/**
 * Evaluates every milestone of `plan` for one customer whose visible purchases are the
 * global indices `first … end − 1`. Writes, per milestone k, the purchase that reached it
 * (or −1) to `reach[k]` and the day its clock starts (−1 = not taking part) to `clockStart[k]`.
 */
export function reachCustomer(
  plan: MilestonePlan,
  store: PreparedStore,
  first: number,
  end: number,
  reach: Int32Array,
  clockStart: Int32Array,
): void {
  const { previousStart, previousList, afterPreviousWindow, kind, parameter } = plan;
  const { day } = store;
  const count = plan.milestones.length;
  for (let k = 0; k < count; k++) {
    const previousFrom = previousStart[k];
    const previousTo = previousStart[k + 1];
    // The earliest purchase that reached a previous milestone (−1: none did); the first purchase when there are none.
    let anchor = previousTo > previousFrom ? reach[previousList[previousFrom]] : first;
    for (let j = previousFrom + 1; j < previousTo; j++) {
      const r = reach[previousList[j]];
      if (r >= 0 && (anchor < 0 || r < anchor)) anchor = r;
    }
    const type = kind[k];
    const afterPrevious = afterPreviousWindow[k] === 1;
    const strictlyAfter = type === Kind.AnyPurchaseAfterPrevious;
    let reached = -1;
    let clock = 0;
    if (afterPrevious) clock = anchor < 0 ? -1 : day[anchor];
    if (anchor >= 0 || !(afterPrevious || strictlyAfter)) {
      const from = strictlyAfter ? anchor + 1 : afterPrevious ? anchor : first;
      if (from < end) {
        switch (type) {
          case Kind.NthPurchase: {
            const index = first + parameter[k];
            if (index >= from && index < end) reached = index;
            break;
          }
          case Kind.AnyPurchaseAfterPrevious:
            reached = from;
            break;
          case Kind.AmountOver:
            reached = firstOverAmount(store.revenue, from, end, parameter[k]);
            break;
          case Kind.Discount:
            reached = firstWithDiscount(store.discount, from, end, parameter[k]);
            break;
          case Kind.Product:
            reached = firstWithMatchingLine(store.lineStart, plan.lineColumns[k] as Int32Array, plan.matchTables[k] as Uint8Array, from, end);
            break;
        }
      }
    }
    reach[k] = reached;
    clockStart[k] = clock;
  }
}

function firstOverAmount(revenue: Float64Array, from: number, end: number, amount: number): number {
  for (let p = from; p < end; p++) if (revenue[p] > amount) return p;
  return -1;
}

/** `wanted` 0 = any code. */
function firstWithDiscount(discount: Int32Array, from: number, end: number, wanted: number): number {
  for (let p = from; p < end; p++) {
    const used = discount[p];
    if (wanted === 0 ? used !== 0 : used === wanted) return p;
  }
  return -1;
}

function firstWithMatchingLine(lineStart: Int32Array, column: Int32Array, table: Uint8Array, from: number, end: number): number {
  for (let l = lineStart[from], last = lineStart[end], p = from; l < last; l++) {
    if (table[column[l]] === 1) {
      while (lineStart[p + 1] <= l) p++;
      return p;
    }
  }
  return -1;
}

/**
 * Every milestone for every selected customer, kept per milestone (what the customer lists
 * read). `only`, when given, names the milestones whose results to keep: all are still
 * evaluated (a milestone's clock may start at another), but only those are stored, so a
 * list of one figure allocates two arrays, not two per milestone on the map.
 */
export function evaluateMilestones(
  store: PreparedStore,
  observation: Observation,
  selection: Int32Array,
  graph: MilestoneGraph,
  only?: readonly string[],
): Map<string, MilestoneReach> {
  const plan = planMilestones(store, graph);
  const count = plan.milestones.length;
  const size = selection.length;
  const kept = plan.milestones.flatMap((milestone, k) => (only === undefined || only.includes(milestone.id) ? [k] : []));
  const reaches = kept.map(() => new Int32Array(size));
  const clocks = kept.map(() => new Int32Array(size));
  const reach = new Int32Array(count);
  const clockStart = new Int32Array(count);
  const { purchaseStart } = store;
  const { visibleEnd } = observation;
  for (let i = 0; i < size; i++) {
    const c = selection[i];
    reachCustomer(plan, store, purchaseStart[c], visibleEnd[c], reach, clockStart);
    for (let j = 0; j < kept.length; j++) {
      reaches[j][i] = reach[kept[j]];
      clocks[j][i] = clockStart[kept[j]];
    }
  }
  const result = new Map<string, MilestoneReach>();
  kept.forEach((k, j) => {
    const milestone = plan.milestones[k];
    result.set(milestone.id, { milestone, previous: plan.previousIds[k] as string[], reach: reaches[j], clockStart: clocks[j] });
  });
  return result;
}
