import { NODE_SIZE } from '../journey/defaults';
import type { JourneyDocument, JourneyEdge, JourneyNode } from '../journey/schema';
import { CURRENT_SCHEMA_VERSION } from '../journey/version';

/**
 * Generated maps for tests and the PDF benchmark: `stages` lanes side by side, each with
 * `perStage` touchpoints and milestones stacked inside, edges along the lane and from
 * lane to lane.
 */
export function generatedMap(stages: number, perStage: number, name = 'Generated map'): JourneyDocument {
  const nodes: JourneyNode[] = [];
  const edges: JourneyEdge[] = [];
  const laneWidth = NODE_SIZE.width + 60;
  const laneHeight = 100 + perStage * (NODE_SIZE.height + 30);
  let previous: string | null = null;
  for (let s = 0; s < stages; s += 1) {
    const stageId = `stage-${s + 1}`;
    nodes.push({
      id: stageId,
      kind: 'stage',
      position: { x: s * (laneWidth + 40), y: 0 },
      data: { title: `Stage ${s + 1}`, description: `What happens in stage ${s + 1}`, color: 'slate', width: laneWidth, height: laneHeight },
    });
    for (let i = 0; i < perStage; i += 1) {
      const id = `n-${s + 1}-${i + 1}`;
      const position = { x: 30, y: 100 + i * (NODE_SIZE.height + 30) };
      if (i % 4 === 3) {
        nodes.push({
          id,
          kind: 'milestone',
          parentId: stageId,
          position,
          data: {
            title: `Milestone ${s + 1}.${i + 1}`,
            description: 'A behaviour the orders confirm',
            condition: { type: 'nthPurchase', n: (i % 3) + 1 },
            window: { type: 'byDay', days: 30 + i },
            targetShare: 0.4,
          },
        });
      } else {
        nodes.push({
          id,
          kind: 'touchpoint',
          parentId: stageId,
          position,
          data: {
            title: `Touchpoint ${s + 1}.${i + 1}`,
            description: 'Where the customer meets the store',
            channel: 'email',
            does: 'Opens the email',
            thinks: 'Is this for me?',
            feels: 'Curious',
            feeling: (i % 5) - 2,
            owner: 'CRM team',
            questions: [{ id: `q-${s}-${i}`, question: 'What do they see first?', answer: i % 2 ? 'The hero image' : '' }],
            dayAfterFirstOrder: i % 3 === 0 ? i * 7 : null,
          },
        });
      }
      if (previous) edges.push({ id: `e-${previous}-${id}`, source: previous, target: id, data: i % 5 === 0 ? { label: 'then', expectedDays: 7 } : {} });
      previous = id;
    }
  }
  return { schemaVersion: CURRENT_SCHEMA_VERSION, meta: { name, description: 'Generated for tests' }, nodes, edges };
}
