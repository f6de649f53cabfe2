import { createNode, NODE_SIZE } from '../defaults';
import type { JourneyDocument, JourneyNode } from '../schema';
import { CURRENT_SCHEMA_VERSION } from '../version';
import { chain, edge, LANE, layoutLanes, UNPLACED } from './lanes';

/**
 * The map seeded next to the demo store on first start, already linked to it, so a new
 * user can open Compare mode at once. It is not in the template picker: its milestones and
 * targets are written for the demo data. Three purchase milestones with ideal windows and
 * target shares, and the follow-up touchpoints on days 7, 14 and 30.
 */

export const DEMO_MAP_NAME = 'Demo store journey';

/** The touchpoint days of the demo journey. */
export const DEMO_MAP_DAYS = [7, 14, 30] as const;

/** Ideal windows (days) and target shares of the repeat-purchase milestones. */
export const DEMO_MAP_GOALS = {
  firstOrder: { days: 0, target: 1 },
  secondOrder: { days: 30, target: 0.2 },
  thirdOrder: { days: 60, target: 0.4 },
} as const;

type ChildNode = Exclude<JourneyNode, { kind: 'stage' }>;

function touchpoint(id: string, title: string, extra: Partial<Extract<JourneyNode, { kind: 'touchpoint' }>['data']>): ChildNode {
  return createNode('touchpoint', id, UNPLACED, { title, ...extra });
}

export function buildDemoStoreJourney(name: string = DEMO_MAP_NAME): JourneyDocument {
  const { firstOrder, secondOrder, thirdOrder } = DEMO_MAP_GOALS;
  const lanes = layoutLanes(
    [
      {
        id: 'st-first-order',
        title: 'First order',
        description: 'Finding the store and buying',
        color: 'green',
        items: [
          touchpoint('tp-discover', 'Sees an ad or a friend’s post', { channel: 'social', feeling: 1 }),
          touchpoint('tp-first-purchase', 'Buys for the first time', { channel: 'site', feeling: 1 }),
          createNode('milestone', 'ms-first-order', UNPLACED, {
            title: '1st purchase',
            description: 'The order that makes them a customer (always on day 0).',
            condition: { type: 'nthPurchase', n: 1 },
            window: { type: 'byDay', days: firstOrder.days },
            targetShare: firstOrder.target,
          }),
        ],
      },
      {
        id: 'st-follow-up',
        title: 'The first month',
        description: 'What we send after the first order',
        color: 'amber',
        items: [
          touchpoint('tp-day-7', 'Day 7: how to get the most out of it', { channel: 'email', dayAfterFirstOrder: 7 }),
          touchpoint('tp-day-14', 'Day 14: ask for a review', { channel: 'email', dayAfterFirstOrder: 14 }),
          touchpoint('tp-day-30', 'Day 30: time for a refill?', { channel: 'email', dayAfterFirstOrder: 30 }),
        ],
      },
      {
        id: 'st-come-back',
        title: 'Come back',
        description: 'The second and third order',
        color: 'rose',
        items: [
          createNode('milestone', 'ms-second-order', UNPLACED, {
            title: '2nd purchase',
            description: `Ideally by day ${secondOrder.days}.`,
            condition: { type: 'nthPurchase', n: 2 },
            window: { type: 'byDay', days: secondOrder.days },
            targetShare: secondOrder.target,
          }),
          createNode('milestone', 'ms-third-order', UNPLACED, {
            title: '3rd purchase',
            description: `Ideally within ${thirdOrder.days} days of the second.`,
            condition: { type: 'nthPurchase', n: 3 },
            window: { type: 'afterPrevious', days: thirdOrder.days },
            targetShare: thirdOrder.target,
          }),
        ],
      },
    ],
    { x: NODE_SIZE.width + LANE.laneGap, y: 0 },
  );

  const howTo = createNode(
    'note',
    'note-compare',
    { x: 0, y: LANE.header },
    {
      text: 'This map is linked to the Demo store. Switch to Actual or Both (top right) to see what its customers really did; click any number to see who they are.',
      color: 'amber',
    },
  );

  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { name, description: 'The ideal repeat-purchase journey of the demo store, to compare with its real customers.' },
    nodes: [howTo, ...lanes],
    edges: [
      ...chain('tp-discover', 'tp-first-purchase', 'ms-first-order'),
      edge('ms-first-order', 'tp-day-7', { expectedDays: 7 }),
      edge('tp-day-7', 'tp-day-14', { expectedDays: 7 }),
      edge('tp-day-14', 'tp-day-30', { expectedDays: 16 }),
      edge('tp-day-30', 'ms-second-order'),
      edge('ms-second-order', 'ms-third-order', { label: 'come back again' }),
    ],
  };
}
