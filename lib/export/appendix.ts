import type {
  Channel,
  JourneyDocument,
  JourneyNode,
  MilestoneCondition,
  MilestoneWindow,
  NodeOfKind,
  WorkshopQuestion,
} from '../journey/schema';
import { absoluteRects, type Rect } from './bounds';

/**
 * The appendix of a printed map: everything the cards on the map are too small to
 * show, in reading order. A plain data model; the print view only lays it out.
 */

/** Actual figures of one milestone, from the comparison with a store's orders. */
export interface MilestoneActual {
  /** Customers taking part in the measurement. */
  population: number;
  reached: number;
  /** Share of eligible customers who reached it within the ideal window (0–1). */
  onTimeShare: number | null;
  medianDay: number | null;
}

/** What the export needs from a comparison: who, when, and the figures to print. */
export interface ExportComparison {
  storeName: string;
  /** The orders the figures come from, as ISO dates (YYYY-MM-DD). */
  dataFrom: string;
  dataTo: string;
  customers: number;
  /** The customer filters in use, worded ("country US"); empty for every customer. */
  filters: string[];
  milestones: Record<string, MilestoneActual>;
  /** Store KPIs, already worded: label and formatted value. */
  kpis: { label: string; value: string }[];
}

export interface AppendixPersona {
  id: string;
  title: string;
  fields: { label: string; text: string }[];
}

export interface AppendixTouchpoint {
  id: string;
  title: string;
  channel: Channel;
  description: string;
  does: string;
  thinks: string;
  feels: string;
  feeling: number;
  owner: string;
  /** Day N after the first order, or null when not tied to a day. */
  timing: number | null;
  questions: WorkshopQuestion[];
}

export interface AppendixStage {
  /** null for the group of touchpoints that sit in no stage. */
  id: string | null;
  title: string;
  description: string;
  touchpoints: AppendixTouchpoint[];
}

export interface AppendixMilestone {
  id: string;
  title: string;
  description: string;
  condition: MilestoneCondition;
  window: MilestoneWindow | null;
  targetShare: number | null;
  actual: MilestoneActual | null;
}

export interface AppendixNote {
  id: string;
  text: string;
}

export interface Appendix {
  personas: AppendixPersona[];
  stages: AppendixStage[];
  milestones: AppendixMilestone[];
  notes: AppendixNote[];
  /** Present only when the export includes the comparison. */
  kpis: { label: string; value: string }[] | null;
}

export const UNSTAGED_TITLE = 'Not in a stage';

/** Left to right, then top to bottom — how a person reads the map. */
export function readingOrder<T extends { id: string }>(items: T[], rects: Map<string, Rect>): T[] {
  const at = (item: T) => rects.get(item.id) ?? { x: 0, y: 0, width: 0, height: 0 };
  return [...items].sort((a, b) => at(a).x - at(b).x || at(a).y - at(b).y || a.id.localeCompare(b.id));
}

/** Top to bottom, then left to right — the order of cards inside a (vertical) lane. */
function laneOrder<T extends { id: string }>(items: T[], rects: Map<string, Rect>): T[] {
  const at = (item: T) => rects.get(item.id) ?? { x: 0, y: 0, width: 0, height: 0 };
  return [...items].sort((a, b) => at(a).y - at(b).y || at(a).x - at(b).x || a.id.localeCompare(b.id));
}

const PERSONA_FIELDS = [
  ['summary', 'Summary'],
  ['demographics', 'Demographics'],
  ['psychographics', 'Psychographics'],
  ['motivations', 'Motivations'],
  ['emotionalTriggers', 'Emotional triggers'],
  ['objections', 'Objections'],
] as const;

function ofKind<K extends JourneyNode['kind']>(doc: JourneyDocument, kind: K): NodeOfKind<K>[] {
  return doc.nodes.filter((n): n is NodeOfKind<K> => n.kind === kind);
}

function touchpoint(node: NodeOfKind<'touchpoint'>): AppendixTouchpoint {
  const d = node.data;
  return {
    id: node.id,
    title: d.title,
    channel: d.channel,
    description: d.description,
    does: d.does,
    thinks: d.thinks,
    feels: d.feels,
    feeling: d.feeling,
    owner: d.owner,
    timing: d.dayAfterFirstOrder,
    questions: d.questions,
  };
}

export function buildAppendix(doc: JourneyDocument, comparison: ExportComparison | null = null): Appendix {
  const rects = absoluteRects(doc);
  const stages = readingOrder(ofKind(doc, 'stage'), rects);
  const stageIds = new Set(stages.map((s) => s.id));
  const touchpoints = ofKind(doc, 'touchpoint');
  const inStage = (t: NodeOfKind<'touchpoint'>, stageId: string) => t.parentId === stageId;
  const unstaged = touchpoints.filter((t) => t.parentId === undefined || !stageIds.has(t.parentId));

  const stageSections: AppendixStage[] = stages.map((stage) => ({
    id: stage.id,
    title: stage.data.title,
    description: stage.data.description,
    touchpoints: laneOrder(touchpoints.filter((t) => inStage(t, stage.id)), rects).map(touchpoint),
  }));
  if (unstaged.length > 0) {
    stageSections.push({ id: null, title: UNSTAGED_TITLE, description: '', touchpoints: readingOrder(unstaged, rects).map(touchpoint) });
  }

  return {
    personas: readingOrder(ofKind(doc, 'persona'), rects).map((p) => ({
      id: p.id,
      title: p.data.title,
      fields: PERSONA_FIELDS.map(([key, label]) => ({ label, text: p.data[key] })).filter((f) => f.text.trim() !== ''),
    })),
    stages: stageSections,
    milestones: readingOrder(ofKind(doc, 'milestone'), rects).map((m) => ({
      id: m.id,
      title: m.data.title,
      description: m.data.description,
      condition: m.data.condition,
      window: m.data.window,
      targetShare: m.data.targetShare,
      actual: comparison?.milestones[m.id] ?? null,
    })),
    notes: readingOrder(ofKind(doc, 'note'), rects)
      .filter((n) => n.data.text.trim() !== '')
      .map((n) => ({ id: n.id, text: n.data.text })),
    kpis: comparison ? comparison.kpis : null,
  };
}

export function isAppendixEmpty(appendix: Appendix): boolean {
  return (
    appendix.personas.length === 0 &&
    appendix.stages.length === 0 &&
    appendix.milestones.length === 0 &&
    appendix.notes.length === 0 &&
    (appendix.kpis === null || appendix.kpis.length === 0)
  );
}
