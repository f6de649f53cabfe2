import { CURRENT_SCHEMA_VERSION } from './version';

/**
 * Migration steps for stored or imported journey documents. Step `n` turns a document
 * of version `n` into version `n + 1`. Steps work on plain JSON and never throw on
 * unexpected shapes: validation after migration reports what is wrong, with its path.
 */
type Json = Record<string, unknown>;
type MigrationStep = (doc: Json) => Json;

export const migrationSteps: Record<number, MigrationStep> = {
  /**
   * Version 0 is the bare graph a script might write: `{ nodes, edges }` with an optional
   * `name`. Version 1 adds the version number and the `meta` block.
   */
  0: (doc) => {
    const { name, description, ...rest } = doc;
    const meta = isObject(rest.meta) ? rest.meta : {};
    return {
      ...rest,
      schemaVersion: 1,
      meta: {
        name: typeof meta.name === 'string' ? meta.name : typeof name === 'string' ? name : 'Untitled map',
        description: typeof meta.description === 'string' ? meta.description : typeof description === 'string' ? description : '',
      },
      nodes: Array.isArray(rest.nodes) ? rest.nodes : [],
      edges: Array.isArray(rest.edges) ? rest.edges : [],
    };
  },
};

export class UnsupportedVersionError extends Error {}

/** Brings any known version of a document up to the current one. */
export function migrateDocument(input: unknown): unknown {
  if (!isObject(input)) return input;
  let doc: Json = input;
  let version = doc.schemaVersion === undefined ? 0 : doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return doc;
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new UnsupportedVersionError(
      `schemaVersion: version ${version} is newer than this app understands (${CURRENT_SCHEMA_VERSION})`,
    );
  }
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = migrationSteps[version];
    if (!step) throw new UnsupportedVersionError(`schemaVersion: no migration from version ${version}`);
    doc = step(doc);
    version += 1;
  }
  return doc;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
