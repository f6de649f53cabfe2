'use client';

import { useEffect } from 'react';

declare global {
  interface Window {
    /** How many times each node component rendered (committed), by node id. Read by e2e tests. */
    __loopmapRenderCounts?: Record<string, number>;
  }
}

/**
 * A tiny, always-on render counter per node id. It proves (in an e2e test) that dragging
 * one node re-renders that node only. Counting in an effect keeps render itself pure.
 */
export function useRenderProbe(id: string): void {
  useEffect(() => {
    const counts = (window.__loopmapRenderCounts ??= {});
    counts[id] = (counts[id] ?? 0) + 1;
  });
}
