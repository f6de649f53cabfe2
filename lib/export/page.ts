/**
 * Paper sizes and the areas of a printed page, in PostScript points (1 pt = 1/72 in).
 * The print view lays pages out in CSS pixels (1 px = 1/96 in), hence `PX_PER_PT`.
 */

export const PAGE_SIZES = ['A4', 'Letter', 'A3'] as const;
export type PageSizeName = (typeof PAGE_SIZES)[number];
export const ORIENTATIONS = ['portrait', 'landscape'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const PX_PER_PT = 96 / 72;

/** Portrait width × height of each paper size, in points. */
const PORTRAIT: Record<PageSizeName, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
  A3: { width: 841.89, height: 1190.55 },
};

export interface Size {
  width: number;
  height: number;
}

export function pageSize(name: PageSizeName, orientation: Orientation): Size {
  const { width, height } = PORTRAIT[name];
  return orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

/** The fixed parts of a map page, in points. */
export const PAGE_LAYOUT = {
  /** White space around everything on the page (10 mm). */
  margin: 28.35,
  /** The overview page's title block: map name, subtitle. */
  titleBlock: 54,
  /** The legend under the overview map. */
  legend: 26,
  /** A tile page's running header: map name and which part this is. */
  tileHeader: 22,
  /** The strip on each side of a tile that holds "continues on page N". */
  tileGutter: 14,
} as const;

/** Where the whole map goes on the overview page (points). */
export function overviewMapArea(page: Size): Size {
  const m = PAGE_LAYOUT;
  return {
    width: page.width - 2 * m.margin,
    height: page.height - 2 * m.margin - m.titleBlock - m.legend,
  };
}

/** Where one tile of the map goes on a tile page (points). */
export function tileMapArea(page: Size): Size {
  const m = PAGE_LAYOUT;
  return {
    width: page.width - 2 * m.margin - 2 * m.tileGutter,
    height: page.height - 2 * m.margin - m.tileHeader - 2 * m.tileGutter,
  };
}

export function toPx(size: Size): Size {
  return { width: size.width * PX_PER_PT, height: size.height * PX_PER_PT };
}
