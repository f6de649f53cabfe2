/**
 * The 25-milestone journey map the comparison benchmarks run (plus dated touchpoints and a
 * loop back), built with the app's own node factory so it is a valid document.
 */
import { createNode, emptyDocument } from '../../lib/journey/defaults';
import type { JourneyDocument, JourneyEdge, JourneyNode, MilestoneCondition, MilestoneWindow } from '../../lib/journey/schema';

export function benchmarkMap(): JourneyDocument {
  const doc = emptyDocument('Benchmark map');
  const nodes: JourneyNode[] = [];
  const edges: JourneyEdge[] = [];
  const add = (id: string, condition: MilestoneCondition, window: MilestoneWindow | null, targetShare: number | null = null) =>
    nodes.push(createNode('milestone', id, { x: nodes.length * 260, y: 0 }, { title: id, condition, window, targetShare }));
  const link = (source: string, target: string) => edges.push({ id: `e-${source}-${target}`, source, target, data: {} });

  add('m01', { type: 'nthPurchase', n: 1 }, null);
  add('m02', { type: 'nthPurchase', n: 2 }, { type: 'byDay', days: 30 }, 0.25);
  add('m03', { type: 'nthPurchase', n: 2 }, { type: 'byDay', days: 90 }, 0.35);
  add('m04', { type: 'nthPurchase', n: 3 }, { type: 'afterPrevious', days: 60 }, 0.3);
  add('m05', { type: 'nthPurchase', n: 4 }, { type: 'afterPrevious', days: 90 });
  add('m06', { type: 'nthPurchase', n: 5 }, { type: 'byDay', days: 365 });
  add('m07', { type: 'anyPurchaseAfterPrevious' }, { type: 'afterPrevious', days: 45 });
  add('m08', { type: 'anyPurchaseAfterPrevious' }, { type: 'afterPrevious', days: 120 });
  add('m09', { type: 'product', field: 'category', match: 'equals', value: 'tea' }, { type: 'byDay', days: 60 });
  add('m10', { type: 'product', field: 'category', match: 'contains', value: 'deluxe' }, { type: 'byDay', days: 180 }, 0.1);
  add('m11', { type: 'product', field: 'product', match: 'contains', value: 'item 7' }, { type: 'afterPrevious', days: 30 });
  add('m12', { type: 'product', field: 'sku', match: 'equals', value: 'sku-0001' }, null);
  add('m13', { type: 'product', field: 'product', match: 'contains', value: 'kettles item' }, { type: 'byDay', days: 120 });
  add('m14', { type: 'discount', code: '' }, { type: 'byDay', days: 60 });
  add('m15', { type: 'discount', code: 'loyal20' }, { type: 'afterPrevious', days: 90 });
  add('m16', { type: 'discount', code: 'back15' }, { type: 'byDay', days: 120 });
  add('m17', { type: 'amountOver', amount: 100 }, { type: 'byDay', days: 90 });
  add('m18', { type: 'amountOver', amount: 250 }, { type: 'afterPrevious', days: 180 });
  add('m19', { type: 'nthPurchase', n: 6 }, null);
  add('m20', { type: 'anyPurchaseAfterPrevious' }, { type: 'byDay', days: 200 });
  add('m21', { type: 'product', field: 'category', match: 'equals', value: 'gifts' }, { type: 'afterPrevious', days: 60 });
  add('m22', { type: 'nthPurchase', n: 8 }, { type: 'byDay', days: 365 });
  add('m23', { type: 'amountOver', amount: 60 }, null);
  add('m24', { type: 'discount', code: 'vip' }, { type: 'afterPrevious', days: 120 });
  add('m25', { type: 'anyPurchaseAfterPrevious' }, { type: 'afterPrevious', days: 365 }, 0.2);

  for (const day of [7, 14, 30, 60, 90]) {
    nodes.push(createNode('touchpoint', `t${day}`, { x: day * 10, y: 300 }, { title: `Day ${day} email`, channel: 'email', dayAfterFirstOrder: day }));
  }
  // A main path m01 → … → m25 with the day-7 touchpoint in between, a loop back, and a branch.
  link('m01', 't7');
  link('t7', 'm02');
  for (let k = 2; k < 25; k++) link(`m${String(k).padStart(2, '0')}`, `m${String(k + 1).padStart(2, '0')}`);
  link('m25', 'm07');
  link('m01', 'm14');
  link('t30', 'm09');
  return { ...doc, nodes, edges };
}
