import type { Rect } from '@/lib/export/bounds';
import { showsInTile, tileViewport, toMapRect, viewportCss } from '@/lib/export/tile-view';

/**
 * Fills every tile frame of the print view with a copy of the map drawn on the overview
 * page. React Flow draws the map once; a tile is a static copy of that drawing, moved
 * and scaled to the tile's part of the map. Copying a drawn map is far cheaper than
 * rendering and hydrating one React Flow per tile, and every page shows the very same
 * drawing. Each copy keeps only the nodes, edges and labels that show in its tile, so a
 * page carries no hidden content.
 */

/** What the frames of TilePage say about their tile (see MapPages.tsx). */
export const TILE_FRAME_SELECTOR = '[data-tile-frame]';

/** The layers of a React Flow viewport that hold drawn items, and what counts as one item in each. */
const LAYERS = [
  // Each edge has an <svg> of its own (beside the one holding the arrowhead markers).
  { layer: '.react-flow__edges', item: ':scope > svg:has(> .react-flow__edge)' },
  { layer: '.react-flow__edgelabel-renderer', item: ':scope > *' },
  { layer: '.react-flow__nodes', item: ':scope > .react-flow__node' },
];

interface Item {
  element: Element;
  /** Where it is drawn, in map coordinates. */
  place: Rect;
}

function frameTile(frame: HTMLElement): { rect: Rect; scale: number } {
  const n = (name: string) => Number(frame.dataset[name]);
  return { rect: { x: n('rectX'), y: n('rectY'), width: n('rectWidth'), height: n('rectHeight') }, scale: n('scale') };
}

/** Every drawn item of one layer of the source flow, with where it lies on the map. */
function measureItems(layer: Element, item: string, origin: DOMRect, zoom: number): Item[] {
  return Array.from(layer.querySelectorAll(item), (element) => {
    // An edge's <svg> fills the whole flow; its group's box is the path's.
    const box = (element.querySelector(':scope > .react-flow__edge') ?? element).getBoundingClientRect();
    return { element, place: toMapRect({ x: box.left, y: box.top, width: box.width, height: box.height }, { x: origin.left, y: origin.top }, zoom) };
  });
}

/**
 * Copies the flow `source` (a `.print-flow` drawn at `zoom`) into every tile frame under
 * `root`, each copy holding only what shows in its tile. Returns how many tiles were filled.
 */
export function copyMapIntoTiles(root: ParentNode, source: HTMLElement, zoom: number): number {
  const frames = Array.from(root.querySelectorAll<HTMLElement>(TILE_FRAME_SELECTOR));
  const viewport = source.querySelector<HTMLElement>('.react-flow__viewport');
  if (frames.length === 0 || !viewport) return 0;
  const origin = viewport.getBoundingClientRect();
  const layers = LAYERS.map(({ layer, item }) => {
    const element = viewport.querySelector(layer);
    return element ? measureItems(element, item, origin, zoom) : [];
  });

  // The flow without its items: what every copy starts from.
  const skeleton = source.cloneNode(true) as HTMLElement;
  skeleton.classList.replace('print-flow', 'print-flow-copy');
  for (const name of ['flowId', 'expectedNodes', 'expectedEdges']) delete skeleton.dataset[name];
  for (const { layer, item } of LAYERS) skeleton.querySelector(layer)?.querySelectorAll(item).forEach((e) => e.remove());

  for (const frame of frames) {
    const { rect, scale } = frameTile(frame);
    const copy = skeleton.cloneNode(true) as HTMLElement;
    copy.style.width = `${frame.clientWidth}px`;
    copy.style.height = `${frame.clientHeight}px`;
    const copyViewport = copy.querySelector<HTMLElement>('.react-flow__viewport')!;
    copyViewport.style.transform = viewportCss(tileViewport(rect, scale));
    LAYERS.forEach(({ layer }, i) => {
      const target = copyViewport.querySelector(layer);
      for (const { element, place } of layers[i]) {
        if (target && showsInTile(place, rect)) target.append(element.cloneNode(true));
      }
    });
    // Ids must stay unique in the document; the copies' arrowheads use the original's markers.
    for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
    frame.replaceChildren(copy);
  }
  return frames.length;
}
