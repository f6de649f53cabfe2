import { expect, test } from '@playwright/test';

const note = (id: string, text = 'hello') => ({ id, kind: 'note', position: { x: 0, y: 0 }, data: { text } });
const documentWith = (nodes: unknown[], edges: unknown[] = []) => ({
  schemaVersion: 1,
  meta: { name: 'Scripted', description: '' },
  nodes,
  edges,
});

test.describe('maps API', () => {
  test('health', async ({ request }) => {
    const res = await request.get('/api/health');
    expect(await res.json()).toEqual({ ok: true });
  });

  test('create, read, list, replace, delete', async ({ request }) => {
    const created = await request.post('/api/maps', { data: { name: 'API map', template: 'blank' } });
    expect(created.status()).toBe(201);
    const { id } = await created.json();

    const list = await (await request.get('/api/maps')).json();
    expect(list.maps.some((m: { id: string }) => m.id === id)).toBe(true);

    const put = await request.put(`/api/maps/${id}/document`, { data: { document: documentWith([note('a'), note('b')], [{ id: 'e', source: 'a', target: 'b' }]) } });
    expect(put.status()).toBe(200);

    const map = await (await request.get(`/api/maps/${id}`)).json();
    expect(map.name).toBe('Scripted');
    expect(map.document.nodes.map((n: { id: string }) => n.id)).toEqual(['a', 'b']);
    expect(map.document.edges[0]).toMatchObject({ source: 'a', target: 'b' });

    expect((await request.delete(`/api/maps/${id}`)).status()).toBe(204);
    expect((await request.get(`/api/maps/${id}`)).status()).toBe(404);
  });

  test('every template creates a valid map', async ({ request }) => {
    for (const template of ['workshop', 'loop', 'lifecycle', 'blank']) {
      const res = await request.post('/api/maps', { data: { name: `T ${template}`, template } });
      expect(res.status(), template).toBe(201);
      const map = await (await request.get(`/api/maps/${(await res.json()).id}`)).json();
      expect(map.document.schemaVersion).toBe(1);
      if (template !== 'blank') expect(map.document.nodes.length, template).toBeGreaterThan(3);
    }
  });

  test('invalid input is refused with the path of the problem, and nothing changes', async ({ request }) => {
    const { id } = await (await request.post('/api/maps', { data: { name: 'Guarded', template: 'blank' } })).json();
    await request.put(`/api/maps/${id}/document`, { data: { document: documentWith([note('keep')]) } });

    const cases: Array<[unknown, RegExp]> = [
      [documentWith([note('a'), { id: 'b', kind: 'banner', position: { x: 0, y: 0 }, data: {} }]), /nodes\[1\]\.kind: unknown node kind/],
      [documentWith([note('a'), note('b'), note('c'), { id: 'd', kind: 'touchpoint', position: { x: 0, y: 0 }, data: {} }]), /nodes\[3\]\.data\.title: required/],
      [documentWith([{ ...note('a'), position: { x: 'left', y: 0 } }]), /nodes\[0\]\.position\.x/],
      [documentWith([note('a')], [{ id: 'e', source: 'a', target: 'missing' }]), /edges\[0\]\.target: no node with id "missing"/],
      [documentWith([note('a'), note('a')]), /nodes\[1\]\.id: duplicate id "a"/],
      [documentWith([note('a', 'x'.repeat(4001))]), /nodes\[0\]\.data\.text: at most 4000 characters/],
      [documentWith(Array.from({ length: 2001 }, (_, i) => note(`n${i}`))), /nodes: at most 2000 nodes/],
    ];
    for (const [document, message] of cases) {
      const res = await request.put(`/api/maps/${id}/document`, { data: { document } });
      expect(res.status()).toBe(400);
      expect((await res.json()).error).toMatch(message);
    }

    const malformed = await request.put(`/api/maps/${id}/document`, { data: Buffer.from('{"document": '), headers: { 'content-type': 'application/json' } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error).toMatch(/malformed JSON/);

    const huge = await request.put(`/api/maps/${id}/document`, { data: JSON.stringify({ document: documentWith([note('a', 'x'.repeat(6 * 1024 * 1024))]) }), headers: { 'content-type': 'application/json' } });
    expect(huge.status()).toBe(413);

    const map = await (await request.get(`/api/maps/${id}`)).json();
    expect(map.document.nodes.map((n: { id: string }) => n.id)).toEqual(['keep']);
  });

  test('bad create and rename bodies, unknown ids', async ({ request }) => {
    expect((await request.post('/api/maps', { data: { name: '' } })).status()).toBe(400);
    const badTemplate = await request.post('/api/maps', { data: { name: 'x', template: 'poster' } });
    expect(badTemplate.status()).toBe(400);
    expect((await badTemplate.json()).error).toMatch(/^template:/);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await request.get(`/api/maps/${unknown}`)).status()).toBe(404);
    expect((await request.get('/api/maps/not-an-id')).status()).toBe(404);
    expect((await request.delete(`/api/maps/${unknown}`)).status()).toBe(404);
    expect((await request.put(`/api/maps/${unknown}/document`, { data: { document: documentWith([]) } })).status()).toBe(404);
    expect((await request.patch(`/api/maps/${unknown}`, { data: { name: 'x' } })).status()).toBe(404);
  });

  test('rename, duplicate and versions', async ({ request }) => {
    const { id } = await (await request.post('/api/maps', { data: { name: 'Original', template: 'loop' } })).json();
    expect((await request.patch(`/api/maps/${id}`, { data: { name: 'Renamed' } })).status()).toBe(200);
    const renamed = await (await request.get(`/api/maps/${id}`)).json();
    expect(renamed.name).toBe('Renamed');
    expect(renamed.document.meta.name).toBe('Renamed');

    const copy = await request.post(`/api/maps/${id}/duplicate`);
    expect(copy.status()).toBe(201);
    const copied = await (await request.get(`/api/maps/${(await copy.json()).id}`)).json();
    expect(copied.name).toBe('Copy of Renamed');
    expect(copied.document.nodes).toEqual(renamed.document.nodes);
    const named = await request.post(`/api/maps/${id}/duplicate`, { data: { name: 'Workshop copy' } });
    expect((await (await request.get(`/api/maps/${(await named.json()).id}`)).json()).name).toBe('Workshop copy');
    const malformed = await request.post(`/api/maps/${id}/duplicate`, { data: Buffer.from('{"name": '), headers: { 'content-type': 'application/json' } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error).toMatch(/malformed JSON/);

    const version = await request.post(`/api/maps/${id}/versions`, { data: { name: 'Before the workshop' } });
    expect(version.status()).toBe(201);
    const { versions } = await (await request.get(`/api/maps/${id}/versions`)).json();
    expect(versions[0]).toMatchObject({ name: 'Before the workshop', nodeCount: renamed.document.nodes.length });
    const frozen = await (await request.get(`/api/maps/${id}/versions/${versions[0].id}`)).json();
    expect(frozen.document.nodes).toEqual(renamed.document.nodes);
  });
});
