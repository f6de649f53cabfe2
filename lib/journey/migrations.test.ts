import { describe, expect, it } from 'vitest';
import { migrateDocument, migrationSteps } from './migrations';
import { validateDocument } from './validate';
import { CURRENT_SCHEMA_VERSION } from './version';

describe('migrations', () => {
  it('has a step from every older version to the current one', () => {
    for (let v = 0; v < CURRENT_SCHEMA_VERSION; v++) expect(typeof migrationSteps[v]).toBe('function');
  });

  it('turns a bare version-0 graph into a valid current document', () => {
    const bare = {
      name: 'Scripted map',
      nodes: [{ id: 'n1', kind: 'note', position: { x: 1, y: 2 }, data: { text: 'hello' } }],
      edges: [],
    };
    const migrated = migrateDocument(bare) as { schemaVersion: number; meta: { name: string } };
    expect(migrated.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(migrated.meta.name).toBe('Scripted map');
    const result = validateDocument(bare);
    expect(result.ok).toBe(true);
  });

  it('leaves a current document unchanged', () => {
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, meta: { name: 'M', description: '' }, nodes: [], edges: [] };
    expect(migrateDocument(doc)).toBe(doc);
  });

  it('passes non-objects through for validation to report', () => {
    expect(migrateDocument('nope')).toBe('nope');
    expect(validateDocument('nope').ok).toBe(false);
  });
});
