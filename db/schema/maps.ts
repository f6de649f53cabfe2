import { sqliteTable, text, integer, blob, index } from 'drizzle-orm/sqlite-core';

/** A journey map: its live Yjs state and a validated JSON snapshot of the same content. */
export const maps = sqliteTable(
  'maps',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** The Yjs document state (Y.encodeStateAsUpdate), what editors load. */
    ydoc: blob('ydoc', { mode: 'buffer' }).notNull(),
    /** The journey document as JSON, validated by lib/journey; what the server reads. */
    snapshot: text('snapshot').notNull(),
    nodeCount: integer('node_count').notNull().default(0),
    /** The store whose order history the map is compared with (set by Compare mode). */
    storeId: text('store_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('maps_updated_at_idx').on(t.updatedAt)],
);

/** A named, frozen copy of a map, which can be opened read-only or restored. */
export const mapVersions = sqliteTable(
  'map_versions',
  {
    id: text('id').primaryKey(),
    mapId: text('map_id')
      .notNull()
      .references(() => maps.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    ydoc: blob('ydoc', { mode: 'buffer' }).notNull(),
    snapshot: text('snapshot').notNull(),
    nodeCount: integer('node_count').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('map_versions_map_idx').on(t.mapId, t.createdAt)],
);

export type MapRow = typeof maps.$inferSelect;
export type MapVersionRow = typeof mapVersions.$inferSelect;
