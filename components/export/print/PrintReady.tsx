'use client';

import { useEffect } from 'react';
import { PRINT_READY_BINDING } from '@/lib/export/ready-signal';
import { copyMapIntoTiles } from './copy-map-into-tiles';

/** How long the view waits for React Flow to measure nodes and draw edges. */
const READY_TIMEOUT_MS = 15_000;
/** How often it looks again meanwhile. */
const POLL_MS = 16;

/**
 * Marks the page ready to print (`<html data-print-ready="true">`) once every flow on it
 * has measured all its nodes and drawn all its edges, the tile pages hold their copies of
 * the map and the fonts have loaded, and tells the exporter at once through the function
 * it gave the page (see lib/export/ready-signal.ts).
 */
export function PrintReady({ tilesFrom }: { tilesFrom?: { flowId: string; zoom: number } }) {
  const tileFlowId = tilesFrom?.flowId;
  const tileZoom = tilesFrom?.zoom;
  useEffect(() => {
    let cancelled = false;
    const started = performance.now();

    function flowsDrawn(): boolean {
      return Array.from(document.querySelectorAll<HTMLElement>('.print-flow')).every((flow) => {
        const expectedNodes = Number(flow.dataset.expectedNodes ?? 0);
        const expectedEdges = Number(flow.dataset.expectedEdges ?? 0);
        const nodes = flow.querySelectorAll<HTMLElement>('.react-flow__node');
        const visible = Array.from(nodes).filter((n) => n.style.visibility !== 'hidden').length;
        const edges = flow.querySelectorAll('.react-flow__edge path.react-flow__edge-path').length;
        return visible >= expectedNodes && edges >= expectedEdges;
      });
    }

    function fillTiles() {
      if (tileFlowId === undefined || tileZoom === undefined) return;
      const source = document.querySelector<HTMLElement>(`.print-flow[data-flow-id="${tileFlowId}"]`);
      if (source) copyMapIntoTiles(document, source, tileZoom);
    }

    async function check() {
      if (cancelled) return;
      if (!flowsDrawn() && performance.now() - started < READY_TIMEOUT_MS) {
        setTimeout(() => void check(), POLL_MS);
        return;
      }
      performance.mark('loopmap-flows-drawn');
      await document.fonts.ready;
      performance.mark('loopmap-fonts-ready');
      if (cancelled) return;
      // What a flow renders after its edges (edge labels, through a portal) was committed
      // in the same task as the flow's effects, long before the fonts were ready: the tiles
      // can copy it now. No frame is awaited: nothing here needs one (the copy lays out
      // what it measures), and a headless browser's frames sometimes come half a second late.
      fillTiles();
      performance.mark('loopmap-print-ready');
      document.documentElement.dataset.printReady = 'true';
      (window as unknown as Record<string, (() => void) | undefined>)[PRINT_READY_BINDING]?.();
    }

    void check();
    return () => {
      cancelled = true;
    };
  }, [tileFlowId, tileZoom]);
  return null;
}
