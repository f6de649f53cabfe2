import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTemplate } from '../journey/templates';
import { exportFileName, mapExportFile, parseMapExport, readMapExport } from './json';
import { generatedMap } from './test-maps';

describe('JSON export and import', () => {
  it('round-trips every template and a large map without losing anything', () => {
    for (const template of ['workshop', 'loop', 'lifecycle', 'blank'] as const) {
      const doc = buildTemplate(template, `T ${template}`);
      const result = parseMapExport(JSON.stringify(mapExportFile(doc)));
      expect(result).toEqual({ ok: true, document: doc });
    }
    const big = generatedMap(10, 20);
    expect(parseMapExport(JSON.stringify(mapExportFile(big)))).toEqual({ ok: true, document: big });
  });

  it('round-trips any text a user may type', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim() !== ''), fc.string({ maxLength: 400 }), (title, text) => {
        const doc = buildTemplate('blank', 'Map');
        doc.nodes.push({ id: 'n', kind: 'note', position: { x: 1.5, y: -2 }, data: { text, color: 'rose' } });
        doc.nodes.push({
          id: 't',
          kind: 'touchpoint',
          position: { x: 0, y: 0 },
          data: {
            title: title.trim(),
            description: text,
            channel: 'sms',
            does: '',
            thinks: text,
            feels: '',
            feeling: -2,
            owner: '',
            questions: [{ id: 'q', question: 'Why?', answer: text }],
            dayAfterFirstOrder: 14,
          },
        });
        doc.edges.push({ id: 'e', source: 'n', target: 't', data: { label: 'because', expectedDays: 3 } });
        expect(parseMapExport(JSON.stringify(mapExportFile(doc)))).toEqual({ ok: true, document: doc });
      }),
      { numRuns: 50 },
    );
  });

  it('accepts a bare document too', () => {
    const doc = buildTemplate('loop', 'Loop');
    expect(readMapExport(doc)).toEqual({ ok: true, document: doc });
  });

  it('names the path of each problem inside the file', () => {
    const doc = buildTemplate('lifecycle', 'L') as unknown as { nodes: { data: { title?: string } }[] };
    delete doc.nodes[3].data.title;
    const result = readMapExport({ format: 'loopmap.map', formatVersion: 1, document: doc });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual({ path: 'document.nodes[3].data.title', message: 'required' });
      expect(result.message).toContain('document.nodes[3].data.title: required');
    }
  });

  it('explains files that are not map exports', () => {
    expect(parseMapExport('{ nope')).toMatchObject({ ok: false, problems: [{ path: '(file)' }] });
    expect(parseMapExport('[1, 2]')).toMatchObject({ ok: false, problems: [{ path: '(file)' }] });
    expect(readMapExport({ format: 'other', formatVersion: 1, document: {} })).toMatchObject({ ok: false, problems: [{ path: 'format' }] });
    expect(readMapExport({ format: 'loopmap.map', formatVersion: 9, document: {} })).toMatchObject({ ok: false, problems: [{ path: 'formatVersion' }] });
    const missing = readMapExport({ format: 'loopmap.map', formatVersion: 1 });
    expect(missing.ok).toBe(false);
  });

  it('makes file names that are safe everywhere', () => {
    expect(exportFileName('Q3: plan / "draft"', 'pdf')).toBe('Q3 plan draft .pdf'.replace(' .', '.'));
    expect(exportFileName('   ', 'json')).toBe('map.json');
  });
});
