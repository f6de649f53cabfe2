import 'server-only';
import { getStore } from '@/db/queries/stores';
import { mapExists, setMapStore } from '@/db/queries/maps';
import {
  compare,
  comparisonCustomers,
  customerPage,
  type Comparison,
  type CustomerList,
  type CustomerPage,
  type FigureRef,
  type PreparedStore,
} from '@/lib/analytics';
import type { JourneyDocument } from '@/lib/journey/schema';
import { loadExportSource } from '@/server/export/document';
import { HttpError, isUuid, parseWith } from '@/server/http';
import { customerListCsv, csvFileName } from './csv';
import { loadPreparedStore } from './prepared-stores';
import {
  comparisonRouteQuery,
  customerCsvQuery,
  customerListQuery,
  figureRefText,
  linkStoreBody,
  parseFilters,
  type FiltersAndAsOf,
} from './requests';

/**
 * The comparison API: a map against the order history of a store. Each function takes the
 * map id and the query as a plain object, answers plain data, and throws HttpError for the
 * 400s and 404s; the route handlers only translate.
 */

export interface MapComparison extends Comparison {
  storeId: string;
  storeName: string;
}

interface ComparisonSubject {
  document: JourneyDocument;
  mapName: string;
  storeId: string;
  storeName: string;
  store: PreparedStore;
}

/** The map's latest content and the store it is compared with (the one asked for, else the linked one). */
function comparisonSubject(mapId: string, requestedStoreId: string | undefined): ComparisonSubject {
  const source = isUuid(mapId) ? loadExportSource(mapId) : undefined;
  if (!source) throw new HttpError(404, `No map with id "${mapId}".`);
  const storeId = requestedStoreId ?? source.storeId;
  if (!storeId) {
    throw new HttpError(400, 'storeId: this map is not linked to a store. Pass ?storeId=… or link a store with PUT /api/maps/:id/store.');
  }
  const record = isUuid(storeId) ? getStore(storeId) : undefined;
  const store = record ? loadPreparedStore(storeId) : undefined;
  if (!record || !store) throw new HttpError(404, `No store with id "${storeId}".`);
  return { document: source.document, mapName: source.name, storeId, storeName: record.name, store };
}

/** GET /api/maps/:id/comparison */
export function mapComparison(mapId: string, query: Record<string, string>): MapComparison {
  const { storeId } = parseWith(comparisonRouteQuery, query);
  const { filters, asOf }: FiltersAndAsOf = parseFilters(query);
  const subject = comparisonSubject(mapId, storeId);
  const comparison = compare(subject.document, subject.store, filters, asOf);
  return { storeId: subject.storeId, storeName: subject.storeName, ...comparison };
}

function figureList(mapId: string, storeId: string | undefined, figure: FigureRef, query: Record<string, string>) {
  const { filters, asOf } = parseFilters(query);
  const subject = comparisonSubject(mapId, storeId);
  const list: CustomerList = comparisonCustomers(subject.document, subject.store, filters, asOf, figure);
  return { subject, list, asOf: new Date(list.observation.asOf).toISOString() };
}

export interface FigureCustomerPage extends CustomerPage {
  figure: string;
  asOf: string;
  storeId: string;
}

/** GET /api/maps/:id/comparison/customers */
export function comparisonCustomerPage(mapId: string, query: Record<string, string>): FigureCustomerPage {
  const { storeId, figure, offset, limit } = parseWith(customerListQuery, query);
  const { subject, list, asOf } = figureList(mapId, storeId, figure, query);
  return { figure: figureRefText(figure), asOf, storeId: subject.storeId, ...customerPage(list, offset, limit) };
}

/** GET /api/maps/:id/comparison/customers.csv: every customer of the figure, one row each. */
export function comparisonCustomersCsv(mapId: string, query: Record<string, string>): { fileName: string; text: string } {
  const { storeId, figure } = parseWith(customerCsvQuery, query);
  const { subject, list } = figureList(mapId, storeId, figure, query);
  const ref = figureRefText(figure).replace(/:/g, '-');
  return { fileName: csvFileName(subject.mapName, ref), text: customerListCsv(list) };
}

/** PUT /api/maps/:id/store { storeId: string | null } */
export function linkMapStore(mapId: string, body: unknown): { id: string; storeId: string | null } {
  const { storeId } = parseWith(linkStoreBody, body);
  if (!isUuid(mapId) || !mapExists(mapId)) throw new HttpError(404, `No map with id "${mapId}".`);
  if (storeId !== null && (!isUuid(storeId) || !getStore(storeId))) throw new HttpError(404, `No store with id "${storeId}".`);
  setMapStore(mapId, storeId);
  return { id: mapId, storeId };
}
