/** A map as the maps list shows it: plain data, handed from the server page to the client. */
export interface MapSummary {
  id: string;
  name: string;
  nodeCount: number;
  /** The store the map is compared with, if any (the export dialog offers the overlay then). */
  storeId: string | null;
  /** Whether that is the seeded demo store. */
  linkedToDemoStore: boolean;
  /** ISO timestamp of the last edit. */
  updatedAt: string;
}
