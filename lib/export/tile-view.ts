import { intersects, type Rect } from './bounds';

/**
 * The geometry of a tile page's copy of the map. The print view draws the map once (on
 * the overview page); every tile shows a copy of that drawing, moved and scaled so that
 * the tile's part of the map fills the tile's frame, with what lies outside left out.
 */

/**
 * How far (map px) a drawn item may reach beyond the box it reports: a milestone's
 * badge hangs below its card, arrowheads and thick flow strokes stick out of a path's
 * geometry. An item this close to a tile is kept; the frame clips the rest.
 */
export const ITEM_REACH = 40;

export interface ViewportTransform {
  x: number;
  y: number;
  zoom: number;
}

/** The React Flow viewport that shows `rect` (map px) at `scale` from the frame's top left. */
export function tileViewport(rect: Rect, scale: number): ViewportTransform {
  return { x: -rect.x * scale, y: -rect.y * scale, zoom: scale };
}

/** The CSS transform of a viewport, as React Flow writes it. */
export function viewportCss({ x, y, zoom }: ViewportTransform): string {
  return `translate(${x}px, ${y}px) scale(${zoom})`;
}

/**
 * Where an item drawn in a viewport lies in map coordinates, from two on-screen boxes:
 * the item's and the viewport element's (whose top left is the map's origin).
 */
export function toMapRect(item: Rect, viewportOrigin: { x: number; y: number }, zoom: number): Rect {
  return { x: (item.x - viewportOrigin.x) / zoom, y: (item.y - viewportOrigin.y) / zoom, width: item.width / zoom, height: item.height / zoom };
}

/** Whether an item (map px) shows in a tile, counting what may reach beyond its box. */
export function showsInTile(item: Rect, tile: Rect, reach = ITEM_REACH): boolean {
  return intersects({ x: item.x - reach, y: item.y - reach, width: item.width + 2 * reach, height: item.height + 2 * reach }, tile);
}
