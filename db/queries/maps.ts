import 'server-only';
import { randomUUID } from 'node:crypto';
import { desc, eq, like, sql } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { maps, mapVersions, stores } from '../schema';
import type { JourneyDocument } from '@/lib/journey/schema';
import { createYDoc, encodeState } from '@/lib/collab/ydoc';

export interface MapListItem {
  id: string;
  name: string;
  nodeCount: number;
  /** The store the map is compared with, if any. */
  storeId: string | null;
  /** Whether that store is the seeded demo store (the maps list greets a new user while only such maps exist). */
  linkedToDemoStore: boolean;
  updatedAt: Date;
  createdAt: Date;
}

export interface StoredMap {
  id: string;
  name: string;
  document: JourneyDocument;
  storeId: string | null;
  updatedAt: Date;
  createdAt: Date;
}

const listColumns = {
  id: maps.id,
  name: maps.name,
  nodeCount: maps.nodeCount,
  storeId: maps.storeId,
  linkedToDemoStore: sql<boolean>`exists(select 1 from ${stores} where ${stores.id} = ${maps.storeId} and ${stores.isDemo} = 1)`.mapWith(Boolean),
  updatedAt: maps.updatedAt,
  createdAt: maps.createdAt,
};

/** Every map, most recently edited first; `search` matches the name, case-insensitively. */
export function listMaps(search = '', db: Db = getDb()): MapListItem[] {
  const query = db.select(listColumns).from(maps);
  const term = search.trim();
  const filtered = term
    ? query.where(like(sql`lower(${maps.name})`, `%${escapeLike(term.toLowerCase())}%`))
    : query;
  return filtered.orderBy(desc(maps.updatedAt)).all();
}

function escapeLike(term: string): string {
  // drizzle's like() has no ESCAPE clause; wildcards in a search term are rare and harmless,
  // so they are simply dropped rather than treated as wildcards.
  return term.replace(/[%_]/g, '');
}

export function getMap(id: string, db: Db = getDb()): StoredMap | undefined {
  const row = db
    .select({ id: maps.id, name: maps.name, snapshot: maps.snapshot, storeId: maps.storeId, updatedAt: maps.updatedAt, createdAt: maps.createdAt })
    .from(maps)
    .where(eq(maps.id, id))
    .get();
  if (!row) return undefined;
  return { ...row, document: JSON.parse(row.snapshot) as JourneyDocument };
}

export function mapExists(id: string, db: Db = getDb()): boolean {
  return db.select({ id: maps.id }).from(maps).where(eq(maps.id, id)).get() !== undefined;
}

/** The stored Yjs state of a map, what a collaboration session starts from. */
export function getMapState(id: string, db: Db = getDb()): Uint8Array | undefined {
  const row = db.select({ ydoc: maps.ydoc }).from(maps).where(eq(maps.id, id)).get();
  return row ? new Uint8Array(row.ydoc) : undefined;
}

/** Creates a map holding `document` (already validated) and returns its id. */
export function createMap(document: JourneyDocument, db: Db = getDb()): string {
  const id = randomUUID();
  const now = new Date();
  const state = encodeState(createYDoc(document));
  db.insert(maps)
    .values({
      id,
      name: document.meta.name,
      ydoc: Buffer.from(state),
      snapshot: JSON.stringify(document),
      nodeCount: document.nodes.length,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return id;
}

/**
 * Stores a map's Yjs state together with its validated snapshot, in one statement, so
 * the two never disagree. With `document` null only the Yjs state is stored (content
 * that does not validate keeps the last valid snapshot). Returns false when the map no
 * longer exists.
 */
export function saveMapState(id: string, state: Uint8Array, document: JourneyDocument | null, db: Db = getDb()): boolean {
  const content = document
    ? { snapshot: JSON.stringify(document), name: document.meta.name, nodeCount: document.nodes.length }
    : {};
  const result = db
    .update(maps)
    .set({ ydoc: Buffer.from(state), ...content, updatedAt: new Date() })
    .where(eq(maps.id, id))
    .run();
  return result.changes > 0;
}

export function deleteMap(id: string, db: Db = getDb()): boolean {
  return db.delete(maps).where(eq(maps.id, id)).run().changes > 0;
}

export function setMapStore(id: string, storeId: string | null, db: Db = getDb()): boolean {
  return db.update(maps).set({ storeId }).where(eq(maps.id, id)).run().changes > 0;
}

export interface VersionListItem {
  id: string;
  name: string;
  nodeCount: number;
  createdAt: Date;
}

export function createVersion(
  mapId: string,
  name: string,
  state: Uint8Array,
  document: JourneyDocument,
  db: Db = getDb(),
): string {
  const id = randomUUID();
  db.insert(mapVersions)
    .values({
      id,
      mapId,
      name,
      ydoc: Buffer.from(state),
      snapshot: JSON.stringify(document),
      nodeCount: document.nodes.length,
      createdAt: new Date(),
    })
    .run();
  return id;
}

export function listVersions(mapId: string, db: Db = getDb()): VersionListItem[] {
  return db
    .select({ id: mapVersions.id, name: mapVersions.name, nodeCount: mapVersions.nodeCount, createdAt: mapVersions.createdAt })
    .from(mapVersions)
    .where(eq(mapVersions.mapId, mapId))
    .orderBy(desc(mapVersions.createdAt))
    .all();
}

/** A version of the given map (never one of another map). */
export function getVersion(mapId: string, versionId: string, db: Db = getDb()) {
  const row = db
    .select({ id: mapVersions.id, mapId: mapVersions.mapId, name: mapVersions.name, snapshot: mapVersions.snapshot, createdAt: mapVersions.createdAt })
    .from(mapVersions)
    .where(eq(mapVersions.id, versionId))
    .get();
  if (!row || row.mapId !== mapId) return undefined;
  return { id: row.id, name: row.name, createdAt: row.createdAt, document: JSON.parse(row.snapshot) as JourneyDocument };
}
