import type { Rect } from './bounds';
import { overviewMapArea, pageSize, PX_PER_PT, tileMapArea, toPx, type Orientation, type PageSizeName, type Size } from './page';

/**
 * How a map is laid out on paper: the whole map fitted onto the first page and, when
 * that would make the text too small to read, the map cut into tiles on further pages.
 */

/** The size (CSS px) of the body text in node cards: descriptions, captions, details. */
export const BODY_TEXT_PX = 12;
/** Printed body text must not be smaller than this. */
export const MIN_BODY_TEXT_PT = 6;
/** Scale below which body text would print under MIN_BODY_TEXT_PT. */
export const MIN_LEGIBLE_SCALE = MIN_BODY_TEXT_PT / (BODY_TEXT_PX / PX_PER_PT);
/** A map is never printed larger than on screen: a small map stays at 100 %. */
export const MAX_SCALE = 1;
/** How much neighbouring tiles share (map px), so nothing falls into the cut. */
export const TILE_OVERLAP = 40;

export type Neighbour = 'left' | 'right' | 'above' | 'below';

export interface Tile {
  /** 0-based position in reading order: left to right, then top to bottom. */
  index: number;
  row: number;
  column: number;
  /** The PDF page the tile is printed on (1-based; page 1 is the overview). */
  page: number;
  /** The part of the map this tile shows, in map coordinates. */
  rect: Rect;
  /** The tile on each side, if any. */
  neighbours: Partial<Record<Neighbour, { index: number; page: number }>>;
}

export interface PrintPlan {
  page: Size; // points
  /** The whole map on page 1. */
  overview: { area: Size; scale: number; bodyTextPt: number };
  mode: 'fit' | 'tiled';
  /** Scale of every tile (map px → page px); null when the map fits. */
  tileScale: number | null;
  tileArea: Size;
  rows: number;
  columns: number;
  tiles: Tile[];
  /** Pages before the appendix: the overview plus one per tile. */
  mapPages: number;
}

export function bodyTextPt(scale: number): number {
  return (BODY_TEXT_PX / PX_PER_PT) * scale;
}

/** The scale that fits `content` into `area` (both in px), never above `max`. */
export function fitScale(content: Size, area: Size, max = MAX_SCALE): number {
  return Math.min(area.width / content.width, area.height / content.height, max);
}

/**
 * Cuts the length `total` into the fewest pieces of at most `window` each, overlapping by
 * `overlap`, and returns how many.
 */
export function piecesNeeded(total: number, window: number, overlap = TILE_OVERLAP): number {
  if (total <= window) return 1;
  return Math.ceil((total - overlap) / (window - overlap));
}

/** The largest scale at which `pieces` windows of `areaPx` still cover `total` map px. */
function scaleForPieces(total: number, areaPx: number, pieces: number, overlap = TILE_OVERLAP): number {
  // pieces · (areaPx / s − overlap) + overlap ≥ total  ⇔  s ≤ areaPx / ((total − overlap) / pieces + overlap)
  if (pieces === 1) return areaPx / total;
  return areaPx / ((total - overlap) / pieces + overlap);
}

export function planPrint(bounds: Rect, size: PageSizeName, orientation: Orientation): PrintPlan {
  const page = pageSize(size, orientation);
  const overviewArea = toPx(overviewMapArea(page));
  const tileArea = toPx(tileMapArea(page));
  const scale = fitScale(bounds, overviewArea);
  const overview = { area: overviewArea, scale, bodyTextPt: bodyTextPt(scale) };
  const base = { page, overview, tileArea };
  // A tiny tolerance, so a map that fits at exactly 6 pt is not tiled by rounding.
  if (scale >= MIN_LEGIBLE_SCALE - 1e-9) {
    return { ...base, mode: 'fit', tileScale: null, rows: 0, columns: 0, tiles: [], mapPages: 1 };
  }

  // As few tiles as the smallest legible scale allows, then as large a scale as that
  // grid of tiles allows (a map just over the limit prints larger than the limit).
  const columns = piecesNeeded(bounds.width, tileArea.width / MIN_LEGIBLE_SCALE);
  const rows = piecesNeeded(bounds.height, tileArea.height / MIN_LEGIBLE_SCALE);
  const tileScale = Math.min(
    MAX_SCALE,
    scaleForPieces(bounds.width, tileArea.width, columns),
    scaleForPieces(bounds.height, tileArea.height, rows),
  );
  const tiles = tileGrid(bounds, tileArea, tileScale, rows, columns);
  return { ...base, mode: 'tiled', tileScale, rows, columns, tiles, mapPages: 1 + tiles.length };
}

/** The tiles of a rows × columns grid, centred on the map, in reading order. */
export function tileGrid(bounds: Rect, tileArea: Size, scale: number, rows: number, columns: number): Tile[] {
  const width = tileArea.width / scale;
  const height = tileArea.height / scale;
  const stepX = columns > 1 ? width - TILE_OVERLAP : width;
  const stepY = rows > 1 ? height - TILE_OVERLAP : height;
  // Centre the grid on the map: the grid is usually a little larger than the map.
  const startX = bounds.x - (columns * stepX + (columns > 1 ? TILE_OVERLAP : 0) - bounds.width) / 2;
  const startY = bounds.y - (rows * stepY + (rows > 1 ? TILE_OVERLAP : 0) - bounds.height) / 2;
  const pageOf = (row: number, column: number) => 2 + row * columns + column;
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const neighbours: Tile['neighbours'] = {};
      const at = (r: number, c: number) => ({ index: r * columns + c, page: pageOf(r, c) });
      if (column > 0) neighbours.left = at(row, column - 1);
      if (column < columns - 1) neighbours.right = at(row, column + 1);
      if (row > 0) neighbours.above = at(row - 1, column);
      if (row < rows - 1) neighbours.below = at(row + 1, column);
      tiles.push({
        index: row * columns + column,
        row,
        column,
        page: pageOf(row, column),
        rect: { x: startX + column * stepX, y: startY + row * stepY, width, height },
        neighbours,
      });
    }
  }
  return tiles;
}

const ARROWS: Record<Neighbour, string> = { left: '←', right: '→', above: '↑', below: '↓' };

/** The words printed at a tile's edge where the map continues on another page. */
export function tileEdgeLabel(side: Neighbour, neighbour: { index: number; page: number }): string {
  const text = `Continues on page ${neighbour.page} (part ${neighbour.index + 1})`;
  return side === 'left' || side === 'above' ? `${ARROWS[side]} ${text}` : `${text} ${ARROWS[side]}`;
}

/** "Part 2 of 6 · row 1, column 2", the running header of a tile page. */
export function tileCaption(tile: Tile, plan: Pick<PrintPlan, 'tiles'>): string {
  return `Part ${tile.index + 1} of ${plan.tiles.length} · row ${tile.row + 1}, column ${tile.column + 1}`;
}
