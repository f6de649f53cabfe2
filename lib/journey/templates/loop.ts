import { createNode } from '../defaults';
import type { JourneyDocument } from '../schema';
import { CURRENT_SCHEMA_VERSION } from '../version';
import { chain, edge, layoutLanes, UNPLACED } from './lanes';

/** Before · during · after: a journey that ends where the next one begins. */
export function buildLoop(name: string, description: string): JourneyDocument {
  const nodes = layoutLanes([
    {
      id: 'st-before',
      title: 'Before',
      description: 'A need, and finding the store',
      color: 'blue',
      items: [
        createNode('touchpoint', 'tp-need', UNPLACED, {
          title: 'Feels a need',
          description: 'What is going on in their life that starts the search?',
        }),
        createNode('touchpoint', 'tp-find', UNPLACED, {
          title: 'Finds the store',
          description: 'Search, a friend’s tip, a post, an ad.',
          channel: 'search',
        }),
        createNode('touchpoint', 'tp-compare', UNPLACED, {
          title: 'Compares options',
          description: 'Reviews, prices, delivery times.',
        }),
      ],
    },
    {
      id: 'st-during',
      title: 'During',
      description: 'Visiting and buying',
      color: 'teal',
      items: [
        createNode('touchpoint', 'tp-visit', UNPLACED, { title: 'Visits the store', channel: 'site' }),
        createNode('touchpoint', 'tp-choose', UNPLACED, { title: 'Chooses a product', channel: 'site' }),
        createNode('touchpoint', 'tp-checkout', UNPLACED, { title: 'Checks out', channel: 'site' }),
        createNode('milestone', 'ms-first-order', UNPLACED, {
          title: 'First order',
          condition: { type: 'nthPurchase', n: 1 },
        }),
      ],
    },
    {
      id: 'st-after',
      title: 'After',
      description: 'Delivery, use, and the next need',
      color: 'amber',
      items: [
        createNode('touchpoint', 'tp-delivery', UNPLACED, {
          title: 'Delivery and unboxing',
          channel: 'packaging',
          dayAfterFirstOrder: 3,
        }),
        createNode('touchpoint', 'tp-use', UNPLACED, { title: 'Uses the product' }),
        createNode('touchpoint', 'tp-follow-up', UNPLACED, {
          title: 'Follow-up',
          description: 'Tips, a review request, a reason to return.',
          channel: 'email',
          dayAfterFirstOrder: 14,
        }),
        createNode('milestone', 'ms-repeat-order', UNPLACED, {
          title: 'Orders again',
          description: 'Ideally within 60 days of the first order.',
          condition: { type: 'nthPurchase', n: 2 },
          window: { type: 'byDay', days: 60 },
        }),
      ],
    },
  ]);

  const edges = [
    ...chain('tp-need', 'tp-find', 'tp-compare', 'tp-visit', 'tp-choose', 'tp-checkout', 'ms-first-order'),
    edge('ms-first-order', 'tp-delivery', { expectedDays: 3 }),
    ...chain('tp-delivery', 'tp-use', 'tp-follow-up', 'ms-repeat-order'),
    // The loop: what happens after one purchase is the start of the next.
    edge('ms-repeat-order', 'tp-need', { label: 'the next need' }),
  ];

  return { schemaVersion: CURRENT_SCHEMA_VERSION, meta: { name, description }, nodes, edges };
}
