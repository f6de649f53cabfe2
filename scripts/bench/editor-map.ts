/** The editor benchmark's map: 500 nodes in 10 lanes and 600 edges, the same on every run. */
import { createNode } from '../../lib/journey/defaults';
import type { JourneyDocument, JourneyEdge, JourneyNode } from '../../lib/journey/schema';
import { CURRENT_SCHEMA_VERSION } from '../../lib/journey/version';
import { seeded } from './synthetic-timelines';

/** 500 nodes: 10 lanes of 49 steps each (touchpoints, milestones, notes), and 600 edges. */
export function generateBenchDocument(): JourneyDocument {
  const random = seeded(42); // the same map on every run
  const nodes: JourneyNode[] = [];
  const steps: string[] = [];
  const lanes = 10;
  const perLane = 49;
  const columns = 3;
  const laneWidth = columns * 272 + 32;
  const laneHeight = 88 + Math.ceil(perLane / columns) * 152 + 32;
  for (let l = 0; l < lanes; l++) {
    const laneId = `lane-${l}`;
    nodes.push(createNode('stage', laneId, { x: l * (laneWidth + 72), y: 0 }, { title: `Stage ${l + 1}`, description: 'Generated for the benchmark', width: laneWidth, height: laneHeight, color: (['slate', 'blue', 'teal', 'green', 'amber', 'rose', 'violet'] as const)[l % 7] }));
    for (let i = 0; i < perLane; i++) {
      const id = `step-${l}-${i}`;
      const position = { x: 32 + (i % columns) * 272, y: 88 + Math.floor(i / columns) * 152 };
      const pick = random();
      if (pick < 0.7) {
        nodes.push(createNode('touchpoint', id, position, { title: `Touchpoint ${l + 1}.${i + 1}`, channel: 'email', feeling: Math.floor(random() * 5) - 2, owner: 'Team' }, laneId));
      } else if (pick < 0.9) {
        nodes.push(createNode('milestone', id, position, { title: `Milestone ${l + 1}.${i + 1}`, window: { type: 'byDay', days: 30 }, targetShare: 0.4 }, laneId));
      } else {
        nodes.push(createNode('note', id, position, { text: `Note ${l + 1}.${i + 1}` }, laneId));
      }
      steps.push(id);
    }
  }
  const edges: JourneyEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < 600) {
    const source = steps[Math.floor(random() * steps.length)];
    const target = steps[Math.floor(random() * steps.length)];
    const key = `${source}>${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `e-${edges.length}`, source, target, data: random() < 0.2 ? { expectedDays: Math.floor(random() * 30) } : {} });
  }
  return { schemaVersion: CURRENT_SCHEMA_VERSION, meta: { name: 'Benchmark map', description: '' }, nodes, edges };
}
