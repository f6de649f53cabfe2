import { createNode } from '../defaults';
import type { JourneyDocument } from '../schema';
import { CURRENT_SCHEMA_VERSION } from '../version';
import { chain, edge, layoutLanes, UNPLACED } from './lanes';

/**
 * The customer lifecycle: prospect → lead → new customer → active → loyal, and the
 * way back for customers who drift off: at risk → lapsed → win-back → active again.
 */
export function buildLifecycle(name: string, description: string): JourneyDocument {
  const nodes = layoutLanes([
    {
      id: 'st-acquire',
      title: 'Acquire',
      description: 'Strangers become interested',
      color: 'blue',
      items: [
        createNode('touchpoint', 'tp-prospect', UNPLACED, {
          title: 'Prospect',
          description: 'Has come across the store but not engaged yet.',
          channel: 'ad',
        }),
        createNode('touchpoint', 'tp-lead', UNPLACED, {
          title: 'Lead',
          description: 'Signed up or follows along, no order yet.',
          channel: 'email',
        }),
      ],
    },
    {
      id: 'st-convert',
      title: 'Convert',
      description: 'The first order',
      color: 'teal',
      items: [
        createNode('milestone', 'ms-new-customer', UNPLACED, {
          title: 'New customer',
          description: 'Placed their first order.',
          condition: { type: 'nthPurchase', n: 1 },
        }),
        createNode('touchpoint', 'tp-onboarding', UNPLACED, {
          title: 'Welcome',
          description: 'Order updates and how to get the most from the product.',
          channel: 'email',
          dayAfterFirstOrder: 0,
        }),
      ],
    },
    {
      id: 'st-grow',
      title: 'Grow',
      description: 'Coming back, again and again',
      color: 'green',
      items: [
        createNode('milestone', 'ms-active', UNPLACED, {
          title: 'Active',
          description: 'A second order, ideally within 60 days.',
          condition: { type: 'nthPurchase', n: 2 },
          window: { type: 'byDay', days: 60 },
        }),
        createNode('milestone', 'ms-loyal', UNPLACED, {
          title: 'Loyal',
          description: 'A third order, ideally within 180 days.',
          condition: { type: 'nthPurchase', n: 3 },
          window: { type: 'byDay', days: 180 },
        }),
      ],
    },
    {
      id: 'st-retain',
      title: 'Retain',
      description: 'Noticing drift and winning back',
      color: 'rose',
      items: [
        createNode('touchpoint', 'tp-at-risk', UNPLACED, {
          title: 'At risk',
          description: 'Longer than usual since the last order: a personal check-in.',
          channel: 'email',
          feeling: -1,
        }),
        createNode('touchpoint', 'tp-lapsed', UNPLACED, {
          title: 'Lapsed',
          description: 'No order for six months: a last, generous reason to return.',
          channel: 'email',
          feeling: -1,
        }),
        createNode('touchpoint', 'tp-win-back', UNPLACED, {
          title: 'Win-back',
          description: 'They order again and are active once more.',
          channel: 'email',
          feeling: 1,
        }),
      ],
    },
  ]);

  const edges = [
    ...chain('tp-prospect', 'tp-lead', 'ms-new-customer', 'tp-onboarding', 'ms-active', 'ms-loyal'),
    edge('ms-active', 'tp-at-risk', { label: 'no order for 90 days' }),
    edge('ms-loyal', 'tp-at-risk'),
    edge('tp-at-risk', 'tp-lapsed', { expectedDays: 90 }),
    edge('tp-lapsed', 'tp-win-back'),
    // The loop back: a won-back customer is an active customer again.
    edge('tp-win-back', 'ms-active', { label: 'back to active' }),
  ];

  return { schemaVersion: CURRENT_SCHEMA_VERSION, meta: { name, description }, nodes, edges };
}
