import { describe, expect, it } from 'vitest';
import { createNode, emptyDocument } from '../journey/defaults';
import { buildTemplate } from '../journey/templates';
import { buildAppendix, isAppendixEmpty, UNSTAGED_TITLE, type ExportComparison } from './appendix';

function sampleDocument() {
  const doc = emptyDocument('m');
  doc.nodes.push(createNode('stage', 'later', { x: 800, y: 0 }, { title: 'After the order' }));
  doc.nodes.push(createNode('stage', 'first', { x: 0, y: 0 }, { title: 'Discover', description: 'How they hear of us' }));
  doc.nodes.push(
    createNode('touchpoint', 't-low', { x: 20, y: 400 }, { title: 'Visits the site', does: 'Browses', thinks: 'Nice', feels: 'Calm', owner: 'Web', dayAfterFirstOrder: null }, 'first'),
  );
  doc.nodes.push(
    createNode(
      'touchpoint',
      't-high',
      { x: 20, y: 100 },
      { title: 'Sees an ad', questions: [{ id: 'q1', question: 'Where?', answer: 'Instagram' }], dayAfterFirstOrder: 3, feeling: 1 },
      'first',
    ),
  );
  doc.nodes.push(createNode('touchpoint', 'loose', { x: 3000, y: 0 }, { title: 'Calls support' }));
  doc.nodes.push(createNode('milestone', 'm2', { x: 1500, y: 0 }, { title: 'Second order', window: { type: 'byDay', days: 60 }, targetShare: 0.3 }));
  doc.nodes.push(createNode('milestone', 'm1', { x: 1200, y: 0 }, { title: 'First order' }));
  doc.nodes.push(createNode('persona', 'p', { x: -400, y: 0 }, { title: 'Busy parent', demographics: '30–45', objections: 'Price' }));
  doc.nodes.push(createNode('note', 'n-empty', { x: 0, y: 900 }, { text: '  ' }));
  doc.nodes.push(createNode('note', 'n', { x: 0, y: 1000 }, { text: 'Ask the team' }));
  return doc;
}

describe('buildAppendix', () => {
  it('lists stages left to right, each with its touchpoints top to bottom and every field', () => {
    const appendix = buildAppendix(sampleDocument());
    expect(appendix.stages.map((s) => s.title)).toEqual(['Discover', 'After the order', UNSTAGED_TITLE]);
    const [discover, after, unstaged] = appendix.stages;
    expect(discover.description).toBe('How they hear of us');
    expect(discover.touchpoints.map((t) => t.id)).toEqual(['t-high', 't-low']);
    expect(discover.touchpoints[0]).toMatchObject({ timing: 3, feeling: 1, questions: [{ question: 'Where?', answer: 'Instagram' }] });
    expect(discover.touchpoints[1]).toMatchObject({ does: 'Browses', thinks: 'Nice', feels: 'Calm', owner: 'Web', timing: null });
    expect(after.touchpoints).toEqual([]);
    expect(unstaged.touchpoints.map((t) => t.id)).toEqual(['loose']);
  });

  it('lists the persona with its filled-in fields only', () => {
    const { personas } = buildAppendix(sampleDocument());
    expect(personas).toEqual([
      { id: 'p', title: 'Busy parent', fields: [{ label: 'Demographics', text: '30–45' }, { label: 'Objections', text: 'Price' }] },
    ]);
  });

  it('lists milestones in reading order with their ideal window, and actual figures only when compared', () => {
    const doc = sampleDocument();
    const plain = buildAppendix(doc);
    expect(plain.milestones.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(plain.milestones[1]).toMatchObject({ window: { type: 'byDay', days: 60 }, targetShare: 0.3, actual: null });
    expect(plain.kpis).toBeNull();

    const comparison: ExportComparison = {
      storeName: 'Shop',
      dataFrom: '2025-01-01',
      dataTo: '2025-12-31',
      customers: 1200,
      filters: ['country US'],
      milestones: { m2: { population: 1000, reached: 420, onTimeShare: 0.31, medianDay: 44 } },
      kpis: [{ label: 'Repeat purchase rate', value: '28%' }],
    };
    const compared = buildAppendix(doc, comparison);
    expect(compared.milestones[1].actual).toEqual(comparison.milestones.m2);
    expect(compared.milestones[0].actual).toBeNull();
    expect(compared.kpis).toEqual(comparison.kpis);
  });

  it('keeps notes with text and knows when there is nothing to print', () => {
    expect(buildAppendix(sampleDocument()).notes).toEqual([{ id: 'n', text: 'Ask the team' }]);
    expect(isAppendixEmpty(buildAppendix(emptyDocument('e')))).toBe(true);
  });

  it('covers every touchpoint and question of the workshop template', () => {
    const doc = buildTemplate('workshop', 'Workshop');
    const appendix = buildAppendix(doc);
    const touchpoints = appendix.stages.flatMap((s) => s.touchpoints);
    expect(touchpoints).toHaveLength(doc.nodes.filter((n) => n.kind === 'touchpoint').length);
    const questions = doc.nodes.flatMap((n) => (n.kind === 'touchpoint' ? n.data.questions : []));
    expect(touchpoints.flatMap((t) => t.questions)).toHaveLength(questions.length);
    expect(appendix.personas).toHaveLength(doc.nodes.filter((n) => n.kind === 'persona').length);
  });
});
