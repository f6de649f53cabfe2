import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from './version';

/**
 * The journey document: the ideal customer journey as a typed graph.
 * Every field a user can type has a length limit; all text is plain text and is never
 * rendered as HTML.
 */

export const LIMITS = {
  maxNodes: 2000,
  maxEdges: 6000,
  idLength: 64,
  title: 120,
  shortText: 280,
  longText: 4000,
  questionsPerNode: 40,
  maxDay: 3650,
} as const;

export const NODE_KINDS = ['stage', 'touchpoint', 'milestone', 'persona', 'note'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const CHANNELS = [
  'ad',
  'social',
  'search',
  'site',
  'email',
  'sms',
  'packaging',
  'phone',
  'store',
  'marketplace',
  'referral',
  'support',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const COLORS = ['slate', 'blue', 'teal', 'green', 'amber', 'rose', 'violet'] as const;
export type Color = (typeof COLORS)[number];

const id = z
  .string()
  .min(1, 'required')
  .max(LIMITS.idLength, `at most ${LIMITS.idLength} characters`)
  .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, "-" and "_"');

const title = z.string().trim().min(1, 'required').max(LIMITS.title, `at most ${LIMITS.title} characters`);
const shortText = z.string().max(LIMITS.shortText, `at most ${LIMITS.shortText} characters`);
const longText = z.string().max(LIMITS.longText, `at most ${LIMITS.longText} characters`);
const day = z
  .number()
  .int('a whole number of days')
  .min(0, 'not negative')
  .max(LIMITS.maxDay, `at most ${LIMITS.maxDay} days`);
const coordinate = z.number().finite().min(-1_000_000).max(1_000_000);

export const positionSchema = z.strictObject({ x: coordinate, y: coordinate });
export type Position = z.infer<typeof positionSchema>;

export const stageDataSchema = z.strictObject({
  title,
  description: longText.default(''),
  color: z.enum(COLORS).default('slate'),
  width: z.number().min(120).max(20000).default(420),
  height: z.number().min(120).max(20000).default(560),
});

export const questionSchema = z.strictObject({
  id,
  question: z.string().trim().min(1, 'required').max(500, 'at most 500 characters'),
  answer: longText.default(''),
});
export type WorkshopQuestion = z.infer<typeof questionSchema>;

export const touchpointDataSchema = z.strictObject({
  title,
  description: longText.default(''),
  channel: z.enum(CHANNELS).default('other'),
  does: longText.default(''),
  thinks: longText.default(''),
  feels: longText.default(''),
  /** How the customer feels at this moment, from −2 (frustrated) to +2 (delighted). */
  feeling: z.number().int().min(-2).max(2).default(0),
  owner: shortText.default(''),
  questions: z.array(questionSchema).max(LIMITS.questionsPerNode).default([]),
  /** Day N after the first order, when the touchpoint is tied to a moment in time. */
  dayAfterFirstOrder: day.nullable().default(null),
});

export const milestoneConditionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('nthPurchase'), n: z.number().int().min(1).max(100) }),
  z.strictObject({
    type: z.literal('product'),
    field: z.enum(['product', 'sku', 'category']),
    match: z.enum(['contains', 'equals']),
    value: z.string().trim().min(1, 'required').max(LIMITS.shortText),
  }),
  z.strictObject({
    type: z.literal('discount'),
    /** Empty means any discount code. */
    code: shortText.default(''),
  }),
  z.strictObject({ type: z.literal('amountOver'), amount: z.number().finite().min(0).max(1e9) }),
  z.strictObject({ type: z.literal('anyPurchaseAfterPrevious') }),
]);
export type MilestoneCondition = z.infer<typeof milestoneConditionSchema>;

export const milestoneWindowSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('byDay'), days: day }),
  z.strictObject({ type: z.literal('afterPrevious'), days: day }),
]);
export type MilestoneWindow = z.infer<typeof milestoneWindowSchema>;

export const milestoneDataSchema = z.strictObject({
  title,
  description: longText.default(''),
  condition: milestoneConditionSchema.default({ type: 'nthPurchase', n: 1 }),
  window: milestoneWindowSchema.nullable().default(null),
  /** Share of customers expected to reach the milestone within its window (0–1). */
  targetShare: z.number().min(0).max(1).nullable().default(null),
});

export const personaDataSchema = z.strictObject({
  title,
  summary: longText.default(''),
  demographics: longText.default(''),
  psychographics: longText.default(''),
  motivations: longText.default(''),
  emotionalTriggers: longText.default(''),
  objections: longText.default(''),
});

export const noteDataSchema = z.strictObject({
  text: longText.default(''),
  color: z.enum(COLORS).default('amber'),
});

const nodeBase = { id, position: positionSchema, parentId: id.optional() };

export const journeyNodeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...nodeBase, kind: z.literal('stage'), data: stageDataSchema }),
    z.strictObject({ ...nodeBase, kind: z.literal('touchpoint'), data: touchpointDataSchema }),
    z.strictObject({ ...nodeBase, kind: z.literal('milestone'), data: milestoneDataSchema }),
    z.strictObject({ ...nodeBase, kind: z.literal('persona'), data: personaDataSchema }),
    z.strictObject({ ...nodeBase, kind: z.literal('note'), data: noteDataSchema }),
  ],
  { error: () => `unknown node kind (expected one of ${NODE_KINDS.join(', ')})` },
);

export const edgeDataSchema = z.strictObject({
  label: shortText.optional(),
  expectedDays: day.optional(),
});

export const journeyEdgeSchema = z.strictObject({
  id,
  source: id,
  target: id,
  data: edgeDataSchema.default({}),
});

export const metaSchema = z.strictObject({
  name: title,
  description: longText.default(''),
});

export const journeyDocumentSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    meta: metaSchema,
    nodes: z.array(journeyNodeSchema).max(LIMITS.maxNodes, `at most ${LIMITS.maxNodes} nodes`),
    edges: z.array(journeyEdgeSchema).max(LIMITS.maxEdges, `at most ${LIMITS.maxEdges} edges`),
  })
  .superRefine((doc, ctx) => {
    for (const problem of referenceProblems(doc)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

/**
 * The shape reference checks need: ids, kinds and links, whatever else a node holds.
 * A field left undefined (in a malformed document) is not checked.
 */
export interface LinkedGraph {
  nodes: ReadonlyArray<{ id?: string; kind?: string; parentId?: string }>;
  edges: ReadonlyArray<{ id?: string; source?: string; target?: string }>;
}

/** A reference problem with its path as segments (zod's form; validate.ts formats it). */
export interface ReferenceProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Problems with how nodes and edges refer to each other: duplicate ids, parents that do not
 * exist or are not stages, edges to nowhere. Kept apart from the schema so a document
 * with other problems too can be told about these in the same answer.
 */
export function referenceProblems(doc: LinkedGraph): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const kinds = new Map<string, string>();
  doc.nodes.forEach((node, i) => {
    if (node.id === undefined) return;
    if (kinds.has(node.id)) problems.push({ path: ['nodes', i, 'id'], message: `duplicate id "${node.id}"` });
    kinds.set(node.id, node.kind ?? '');
  });
  doc.nodes.forEach((node, i) => {
    if (node.parentId === undefined) return;
    const parentKind = kinds.get(node.parentId);
    if (parentKind === undefined) {
      problems.push({ path: ['nodes', i, 'parentId'], message: `no node with id "${node.parentId}"` });
    } else if (parentKind !== 'stage' || node.kind === 'stage') {
      problems.push({ path: ['nodes', i, 'parentId'], message: 'only a stage can contain other nodes' });
    }
  });
  const edgeIds = new Set<string>();
  doc.edges.forEach((edge, i) => {
    if (edge.id !== undefined) {
      if (edgeIds.has(edge.id) || kinds.has(edge.id)) problems.push({ path: ['edges', i, 'id'], message: `duplicate id "${edge.id}"` });
      edgeIds.add(edge.id);
    }
    for (const end of ['source', 'target'] as const) {
      const ref = edge[end];
      if (ref !== undefined && !kinds.has(ref)) problems.push({ path: ['edges', i, end], message: `no node with id "${ref}"` });
    }
  });
  return problems;
}

export type JourneyDocument = z.infer<typeof journeyDocumentSchema>;
export type JourneyNode = z.infer<typeof journeyNodeSchema>;
export type JourneyEdge = z.infer<typeof journeyEdgeSchema>;
export type EdgeData = z.infer<typeof edgeDataSchema>;
export type JourneyMeta = z.infer<typeof metaSchema>;
export type StageData = z.infer<typeof stageDataSchema>;
export type TouchpointData = z.infer<typeof touchpointDataSchema>;
export type MilestoneData = z.infer<typeof milestoneDataSchema>;
export type PersonaData = z.infer<typeof personaDataSchema>;
export type NoteData = z.infer<typeof noteDataSchema>;
export type NodeOfKind<K extends NodeKind> = Extract<JourneyNode, { kind: K }>;
export type NodeDataOfKind<K extends NodeKind> = NodeOfKind<K>['data'];

/** The data schema of each kind, for validating one node's data in the inspector. */
export const nodeDataSchemas = {
  stage: stageDataSchema,
  touchpoint: touchpointDataSchema,
  milestone: milestoneDataSchema,
  persona: personaDataSchema,
  note: noteDataSchema,
} as const;
