/** Plain data the store pages hand to client components (dates as ISO strings, UTC). */

export interface StoreSummaryView {
  customers: number;
  orders: number;
  purchases: number;
  revenue: number;
  firstOrderAt: string | null;
  lastOrderAt: string | null;
  imports: number;
}

export interface StoreView {
  id: string;
  name: string;
  isDemo: boolean;
  createdAt: string;
  summary: StoreSummaryView;
  /** Why the store's figures cannot be shown; null when they can. */
  problem: string | null;
}
