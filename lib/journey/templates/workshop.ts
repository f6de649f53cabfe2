import { createNode, NODE_SIZE } from '../defaults';
import type { JourneyDocument, JourneyNode } from '../schema';
import { CURRENT_SCHEMA_VERSION } from '../version';
import { chain, edge, LANE, layoutLanes, UNPLACED } from './lanes';

/**
 * The questions of the ideal customer workshop, in the order a team walks through them.
 * Each becomes the question on its own touchpoint, for the team to answer together.
 */
export const WORKSHOP_PROMPTS = {
  firstHear: 'How and where do they first hear about the store?',
  firstVisit: 'When they first visit, what is the very first thing they see, and the first product they notice?',
  browsing: 'What are they feeling and thinking while they browse?',
  firstPurchase: 'What do they buy first — a careful test purchase or everything they want?',
  afterPurchase: 'What do they get after the purchase (order and shipping confirmations, a custom email, a phone call)?',
  unboxing: 'What is the unboxing like?',
  secondOrder: 'What brings them back for the second order?',
  thirdOrder: 'And what brings them back for the third order?',
} as const;

/** The days after the first order that the workshop asks about, one touchpoint each. */
export const WORKSHOP_DAYS = [7, 14, 30, 60, 90] as const;

export function dayPrompt(day: number): string {
  return `What happens ${day} days after the order?`;
}

/** The ideal windows of the repeat-order milestones, in days after the first order. */
export const WORKSHOP_WINDOWS = { secondOrder: 30, thirdOrder: 90 } as const;

function touchpoint(
  id: string,
  title: string,
  question: string,
  extra: Partial<Extract<JourneyNode, { kind: 'touchpoint' }>['data']> = {},
) {
  return createNode('touchpoint', id, UNPLACED, {
    title,
    questions: [{ id: `q-${id.replace(/^tp-/, '')}`, question, answer: '' }],
    ...extra,
  });
}

export function buildWorkshop(name: string, description: string): JourneyDocument {
  const lanes = layoutLanes(
    [
      {
        id: 'st-discover',
        title: 'Discover',
        description: 'How they find the store',
        color: 'blue',
        items: [touchpoint('tp-first-hear', 'First hear about the store', WORKSHOP_PROMPTS.firstHear)],
      },
      {
        id: 'st-first-visit',
        title: 'First visit',
        description: 'The first look around',
        color: 'teal',
        items: [
          touchpoint('tp-first-impression', 'First impression', WORKSHOP_PROMPTS.firstVisit, { channel: 'site' }),
          touchpoint('tp-browsing', 'Browsing', WORKSHOP_PROMPTS.browsing, { channel: 'site' }),
        ],
      },
      {
        id: 'st-first-order',
        title: 'First order',
        description: 'Deciding and buying',
        color: 'green',
        items: [
          touchpoint('tp-first-purchase', 'First purchase', WORKSHOP_PROMPTS.firstPurchase, { channel: 'site' }),
          createNode('milestone', 'ms-first-order', UNPLACED, {
            title: 'First order',
            description: 'The order that makes them a customer.',
            condition: { type: 'nthPurchase', n: 1 },
          }),
        ],
      },
      {
        id: 'st-after-order',
        title: 'After the order',
        description: 'From confirmation to unboxing',
        color: 'amber',
        items: [
          touchpoint('tp-after-purchase', 'After the purchase', WORKSHOP_PROMPTS.afterPurchase, { channel: 'email', dayAfterFirstOrder: 0 }),
          touchpoint('tp-unboxing', 'Unboxing', WORKSHOP_PROMPTS.unboxing, { channel: 'packaging' }),
        ],
      },
      {
        id: 'st-first-90-days',
        title: 'The first 90 days',
        description: 'Living with the product',
        color: 'violet',
        items: WORKSHOP_DAYS.map((day) => touchpoint(`tp-day-${day}`, `Day ${day}`, dayPrompt(day), { dayAfterFirstOrder: day })),
      },
      {
        id: 'st-come-back',
        title: 'Come back',
        description: 'The second and third order',
        color: 'rose',
        items: [
          touchpoint('tp-second-order', 'Reason to come back', WORKSHOP_PROMPTS.secondOrder),
          createNode('milestone', 'ms-second-order', UNPLACED, {
            title: 'Second order',
            description: `Ideally within ${WORKSHOP_WINDOWS.secondOrder} days of the first.`,
            condition: { type: 'nthPurchase', n: 2 },
            window: { type: 'byDay', days: WORKSHOP_WINDOWS.secondOrder },
          }),
          touchpoint('tp-third-order', 'Reason for a third order', WORKSHOP_PROMPTS.thirdOrder),
          createNode('milestone', 'ms-third-order', UNPLACED, {
            title: 'Third order',
            description: `Ideally within ${WORKSHOP_WINDOWS.thirdOrder} days of the first.`,
            condition: { type: 'nthPurchase', n: 3 },
            window: { type: 'byDay', days: WORKSHOP_WINDOWS.thirdOrder },
          }),
        ],
      },
    ],
    // The persona and the how-to note stand in a column of their own, left of the lanes.
    { x: NODE_SIZE.width + LANE.laneGap, y: 0 },
  );

  const persona = createNode('persona', 'persona-ideal-customer', { x: 0, y: LANE.header }, { title: 'Ideal customer' });
  const howTo = createNode(
    'note',
    'note-how-to',
    { x: 0, y: LANE.header + NODE_SIZE.height + LANE.gap },
    {
      text: 'Answer each card’s question together, in your ideal customer’s words. Then check the milestone windows: when would a great customer order again?',
      color: 'amber',
    },
  );

  const dayIds = WORKSHOP_DAYS.map((day) => `tp-day-${day}`);
  const edges = [
    ...chain('tp-first-hear', 'tp-first-impression', 'tp-browsing', 'tp-first-purchase', 'ms-first-order'),
    edge('ms-first-order', 'tp-after-purchase', { expectedDays: 0 }),
    edge('tp-after-purchase', 'tp-unboxing', { label: 'delivery', expectedDays: 3 }),
    edge('tp-unboxing', 'tp-day-7', { expectedDays: 4 }),
    ...WORKSHOP_DAYS.slice(1).map((day, i) => edge(dayIds[i], dayIds[i + 1], { expectedDays: day - WORKSHOP_DAYS[i] })),
    edge('tp-day-14', 'tp-second-order', { label: 'invite back' }),
    edge('tp-second-order', 'ms-second-order'),
    edge('ms-second-order', 'tp-third-order'),
    edge('tp-third-order', 'ms-third-order'),
  ];

  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { name, description },
    nodes: [persona, howTo, ...lanes],
    edges,
  };
}
