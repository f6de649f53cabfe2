import { describe, expect, it } from 'vitest';
import { NODE_SIZE } from '../defaults';
import type { JourneyDocument, JourneyNode } from '../schema';
import { validateDocument } from '../validate';
import { buildTemplate, isTemplateId, TEMPLATE_IDS, TEMPLATES } from './index';
import { dayPrompt, WORKSHOP_DAYS, WORKSHOP_PROMPTS, WORKSHOP_WINDOWS } from './workshop';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function size(node: JourneyNode) {
  return node.kind === 'stage' ? { width: node.data.width, height: node.data.height } : NODE_SIZE;
}

/** Every node's box in map coordinates (children are stored relative to their stage). */
function absoluteBoxes(doc: JourneyDocument): Box[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  return doc.nodes.map((node) => {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const x = node.position.x + (parent?.position.x ?? 0);
    const y = node.position.y + (parent?.position.y ?? 0);
    return { id: node.id, x, y, ...size(node) };
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const templated = TEMPLATE_IDS.filter((id) => id !== 'blank');

describe('template registry', () => {
  it('lists every template id once, each with a name and a one-line description', () => {
    expect(TEMPLATES.map((t) => t.id).sort()).toEqual([...TEMPLATE_IDS].sort());
    for (const t of TEMPLATES) {
      expect(t.name.length).toBeGreaterThan(0);
      expect(t.description.length).toBeGreaterThan(10);
      expect(t.description).not.toContain('\n');
    }
  });

  it('recognises template ids', () => {
    expect(isTemplateId('workshop')).toBe(true);
    expect(isTemplateId('nope')).toBe(false);
    expect(isTemplateId(undefined)).toBe(false);
  });
});

describe.each(TEMPLATE_IDS)('template "%s"', (id) => {
  const doc = buildTemplate(id, 'My map');

  it('validates against the document schema, unchanged', () => {
    const result = validateDocument(doc);
    if (!result.ok) throw new Error(result.message);
    expect(result.document).toEqual(doc);
  });

  it('takes the given name, or its default name', () => {
    expect(doc.meta.name).toBe('My map');
    expect(buildTemplate(id).meta.name).toBe(TEMPLATES.find((t) => t.id === id)!.defaultMapName);
    expect(buildTemplate(id, '   ').meta.name).toBe(TEMPLATES.find((t) => t.id === id)!.defaultMapName);
  });

  it('has unique ids across nodes and edges', () => {
    const ids = [...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds the same document every time, as fresh objects', () => {
    const again = buildTemplate(id, 'My map');
    expect(again).toEqual(doc);
    if (doc.nodes.length > 0) expect(again.nodes[0]).not.toBe(doc.nodes[0]);
  });
});

describe.each(templated)('layout of "%s"', (id) => {
  const doc = buildTemplate(id);
  const boxes = absoluteBoxes(doc);
  const stages = doc.nodes.filter((n) => n.kind === 'stage');

  it('has stages, each containing nodes, and edges between existing nodes', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    for (const stage of stages) expect(doc.nodes.some((n) => n.parentId === stage.id)).toBe(true);
    expect(doc.edges.length).toBeGreaterThan(0);
  });

  it('places stages side by side, left to right, without overlapping', () => {
    const xs = stages.map((s) => s.position.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (let i = 1; i < stages.length; i++) {
      const prev = stages[i - 1];
      expect(stages[i].position.y).toBe(prev.position.y);
      if (prev.kind === 'stage') expect(stages[i].position.x).toBeGreaterThan(prev.position.x + prev.data.width);
    }
  });

  it('puts every child inside its lane, with padding', () => {
    for (const node of doc.nodes) {
      if (!node.parentId) continue;
      const stage = doc.nodes.find((n) => n.id === node.parentId)!;
      if (stage.kind !== 'stage') throw new Error('parent is not a stage');
      expect(node.position.x).toBeGreaterThanOrEqual(16);
      expect(node.position.y).toBeGreaterThanOrEqual(48); // below the lane's title
      expect(node.position.x + NODE_SIZE.width).toBeLessThanOrEqual(stage.data.width - 16);
      expect(node.position.y + NODE_SIZE.height).toBeLessThanOrEqual(stage.data.height - 16);
    }
  });

  it('stacks the children of a lane with even spacing', () => {
    for (const stage of stages) {
      const ys = doc.nodes.filter((n) => n.parentId === stage.id).map((n) => n.position.y);
      const gaps = ys.slice(1).map((y, i) => y - ys[i]);
      expect(new Set(gaps).size).toBeLessThanOrEqual(1);
      for (const gap of gaps) expect(gap).toBeGreaterThan(NODE_SIZE.height);
    }
  });

  it('has no two boxes overlapping, other than children over their own lane', () => {
    const parentOf = new Map(doc.nodes.map((n) => [n.id, n.parentId]));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (parentOf.get(a.id) === b.id || parentOf.get(b.id) === a.id) continue;
        expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('lists each stage before its children', () => {
    const index = new Map(doc.nodes.map((n, i) => [n.id, i]));
    for (const node of doc.nodes) if (node.parentId) expect(index.get(node.parentId)!).toBeLessThan(index.get(node.id)!);
  });

  it('connects every box to the flow', () => {
    const connected = new Set(doc.edges.flatMap((e) => [e.source, e.target]));
    const boxesInLanes = doc.nodes.filter((n) => n.parentId);
    for (const node of boxesInLanes) expect(connected.has(node.id), node.id).toBe(true);
  });
});

describe('ideal customer workshop', () => {
  const doc = buildTemplate('workshop');
  const touchpoints = doc.nodes.filter((n) => n.kind === 'touchpoint');
  const questions = touchpoints.flatMap((n) => (n.kind === 'touchpoint' ? n.data.questions : []));

  it('asks every workshop prompt as a question with an empty answer', () => {
    const asked = questions.map((q) => q.question);
    const expected = [...Object.values(WORKSHOP_PROMPTS), ...WORKSHOP_DAYS.map(dayPrompt)];
    for (const prompt of expected) expect(asked).toContain(prompt);
    for (const q of questions) expect(q.answer).toBe('');
    // The exact wording of the prompts.
    expect(asked).toEqual(
      expect.arrayContaining([
        'How and where do they first hear about the store?',
        'When they first visit, what is the very first thing they see, and the first product they notice?',
        'What are they feeling and thinking while they browse?',
        'What do they buy first — a careful test purchase or everything they want?',
        'What do they get after the purchase (order and shipping confirmations, a custom email, a phone call)?',
        'What is the unboxing like?',
        'What happens 7 days after the order?',
        'What happens 90 days after the order?',
        'What brings them back for the second order?',
      ]),
    );
    expect(asked.some((q) => /third order/.test(q))).toBe(true);
  });

  it('has one touchpoint per day after the first order', () => {
    for (const day of WORKSHOP_DAYS) {
      const matching = touchpoints.filter((n) => n.kind === 'touchpoint' && n.data.dayAfterFirstOrder === day);
      expect(matching.map((n) => n.id)).toEqual([`tp-day-${day}`]);
    }
  });

  it('has milestones for the first, second and third order with sensible windows', () => {
    const milestones = doc.nodes.filter((n) => n.kind === 'milestone');
    const byN = new Map(
      milestones.flatMap((m) => (m.kind === 'milestone' && m.data.condition.type === 'nthPurchase' ? [[m.data.condition.n, m]] : [])),
    );
    expect([...byN.keys()].sort()).toEqual([1, 2, 3]);
    const windowOf = (n: number) => {
      const m = byN.get(n)!;
      return m.kind === 'milestone' ? m.data.window : null;
    };
    expect(windowOf(2)).toEqual({ type: 'byDay', days: WORKSHOP_WINDOWS.secondOrder });
    expect(windowOf(3)).toEqual({ type: 'byDay', days: WORKSHOP_WINDOWS.thirdOrder });
    expect(WORKSHOP_WINDOWS.secondOrder).toBeLessThan(WORKSHOP_WINDOWS.thirdOrder);
  });

  it('has a persona with every persona field', () => {
    const persona = doc.nodes.find((n) => n.kind === 'persona');
    expect(persona?.kind).toBe('persona');
    if (persona?.kind !== 'persona') return;
    for (const field of ['demographics', 'psychographics', 'motivations', 'emotionalTriggers', 'objections'] as const) {
      expect(typeof persona.data[field]).toBe('string');
    }
  });

  it('walks through the stages from discovery to coming back', () => {
    const stageTitles = doc.nodes.filter((n) => n.kind === 'stage').map((n) => (n.kind === 'stage' ? n.data.title : ''));
    expect(stageTitles[0]).toBe('Discover');
    expect(stageTitles.at(-1)).toBe('Come back');
  });
});

describe('before · during · after', () => {
  it('loops from the after stage back to the before stage', () => {
    const doc = buildTemplate('loop');
    const parent = new Map(doc.nodes.map((n) => [n.id, n.parentId]));
    expect(doc.edges.some((e) => parent.get(e.source) === 'st-after' && parent.get(e.target) === 'st-before')).toBe(true);
  });
});

describe('customer lifecycle', () => {
  const doc = buildTemplate('lifecycle');
  const titleOf = new Map(doc.nodes.map((n) => [n.id, n.kind === 'note' ? '' : n.data.title]));
  const idOf = (title: string) => doc.nodes.find((n) => n.kind !== 'note' && n.data.title === title)!.id;

  it('has every lifecycle state', () => {
    const titles = [...titleOf.values()];
    for (const state of ['Prospect', 'Lead', 'New customer', 'Active', 'Loyal', 'At risk', 'Lapsed', 'Win-back']) {
      expect(titles).toContain(state);
    }
  });

  it('leads from prospect to loyal, and from win-back back to active', () => {
    const edges = new Set(doc.edges.map((e) => `${e.source}>${e.target}`));
    const reachable = (from: string, to: string) => {
      const seen = new Set([from]);
      const queue = [from];
      while (queue.length) {
        const current = queue.shift()!;
        if (current === to) return true;
        for (const e of doc.edges) {
          if (e.source === current && !seen.has(e.target)) {
            seen.add(e.target);
            queue.push(e.target);
          }
        }
      }
      return false;
    };
    expect(reachable(idOf('Prospect'), idOf('Loyal'))).toBe(true);
    expect(reachable(idOf('At risk'), idOf('Win-back'))).toBe(true);
    expect(edges.has(`${idOf('Win-back')}>${idOf('Active')}`)).toBe(true);
  });
});
