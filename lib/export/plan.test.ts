import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overviewMapArea, pageSize, PX_PER_PT, tileMapArea, toPx } from './page';
import { bodyTextPt, MIN_BODY_TEXT_PT, MIN_LEGIBLE_SCALE, piecesNeeded, planPrint, tileCaption, tileEdgeLabel, TILE_OVERLAP } from './plan';

describe('page sizes', () => {
  it('knows A4, Letter and A3 in points, both ways round', () => {
    expect(pageSize('A4', 'portrait')).toEqual({ width: 595.28, height: 841.89 });
    expect(pageSize('A4', 'landscape')).toEqual({ width: 841.89, height: 595.28 });
    expect(pageSize('Letter', 'portrait')).toEqual({ width: 612, height: 792 });
    expect(pageSize('A3', 'landscape')).toEqual({ width: 1190.55, height: 841.89 });
  });
});

describe('fit to page', () => {
  it('prints 12 px body text at 9 pt at 100 %, and 6 pt at the legibility limit', () => {
    expect(bodyTextPt(1)).toBeCloseTo(9);
    expect(bodyTextPt(MIN_LEGIBLE_SCALE)).toBeCloseTo(MIN_BODY_TEXT_PT);
  });

  it('fits a small map on one page without enlarging it', () => {
    const plan = planPrint({ x: 0, y: 0, width: 400, height: 300 }, 'A4', 'landscape');
    expect(plan).toMatchObject({ mode: 'fit', tiles: [], mapPages: 1 });
    expect(plan.overview.scale).toBe(1);
  });

  it('shrinks a map that fits at 6 pt or more, and does not tile it', () => {
    const area = toPx(overviewMapArea(pageSize('A4', 'landscape')));
    const plan = planPrint({ x: 0, y: 0, width: area.width / 0.7, height: 100 }, 'A4', 'landscape');
    expect(plan.mode).toBe('fit');
    expect(plan.overview.scale).toBeCloseTo(0.7);
    expect(plan.overview.bodyTextPt).toBeGreaterThanOrEqual(MIN_BODY_TEXT_PT);
  });

  it('tiles a map that would print below 6 pt', () => {
    const area = toPx(overviewMapArea(pageSize('A4', 'landscape')));
    const plan = planPrint({ x: 0, y: 0, width: area.width / 0.6, height: 200 }, 'A4', 'landscape');
    expect(plan.mode).toBe('tiled');
    expect(plan.overview.bodyTextPt).toBeLessThan(MIN_BODY_TEXT_PT);
    expect(plan.columns).toBe(2);
    expect(plan.rows).toBe(1);
    expect(plan.mapPages).toBe(3);
  });

  it('a larger paper holds more before tiling', () => {
    const bounds = { x: 0, y: 0, width: 2000, height: 900 };
    expect(planPrint(bounds, 'A4', 'landscape').mode).toBe('tiled');
    expect(planPrint(bounds, 'A3', 'landscape').mode).toBe('fit');
  });
});

describe('tiles', () => {
  const page = pageSize('A4', 'portrait');
  const tileArea = toPx(tileMapArea(page));

  it('counts pieces with overlap', () => {
    expect(piecesNeeded(100, 200)).toBe(1);
    expect(piecesNeeded(300, 200, 40)).toBe(2); // 2 × 160 + 40 = 360 ≥ 300
    expect(piecesNeeded(361, 200, 40)).toBe(3);
  });

  it('puts tiles in reading order (left to right, then down) after the overview page', () => {
    const plan = planPrint({ x: -500, y: -300, width: 5000, height: 4000 }, 'A4', 'portrait');
    expect(plan.mode).toBe('tiled');
    expect(plan.tiles.map((t) => t.page)).toEqual(plan.tiles.map((_, i) => i + 2));
    plan.tiles.forEach((tile, i) => {
      expect(tile.index).toBe(i);
      expect(tile.row).toBe(Math.floor(i / plan.columns));
      expect(tile.column).toBe(i % plan.columns);
    });
    const [first, second] = plan.tiles;
    expect(second.rect.x).toBeGreaterThan(first.rect.x);
    expect(second.rect.y).toBe(first.rect.y);
  });

  it('names the neighbours on every side', () => {
    const plan = planPrint({ x: 0, y: 0, width: 5000, height: 4000 }, 'A4', 'portrait');
    const { columns, rows } = plan;
    expect(columns).toBeGreaterThan(1);
    expect(rows).toBeGreaterThan(1);
    const middle = plan.tiles[columns + 1];
    expect(middle.neighbours).toEqual({
      left: { index: columns, page: columns + 2 },
      right: { index: columns + 2, page: columns + 4 },
      above: { index: 1, page: 3 },
      below: { index: 2 * columns + 1, page: 2 * columns + 3 },
    });
    expect(plan.tiles[0].neighbours.left).toBeUndefined();
    expect(plan.tiles[0].neighbours.above).toBeUndefined();
  });

  it('words the edge labels and the running caption', () => {
    expect(tileEdgeLabel('right', { index: 1, page: 3 })).toBe('Continues on page 3 (part 2) →');
    expect(tileEdgeLabel('above', { index: 0, page: 2 })).toBe('↑ Continues on page 2 (part 1)');
    const plan = planPrint({ x: 0, y: 0, width: 5000, height: 4000 }, 'A4', 'portrait');
    expect(tileCaption(plan.tiles[1], plan)).toBe(`Part 2 of ${plan.tiles.length} · row 1, column 2`);
  });

  it('covers the whole map, overlapping neighbours, with text never under 6 pt nor over 100 %', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 200, max: 12000 }),
        fc.integer({ min: 200, max: 12000 }),
        fc.constantFrom('A4', 'Letter', 'A3' as const),
        fc.constantFrom('portrait', 'landscape' as const),
        (x, y, width, height, size, orientation) => {
          const bounds = { x, y, width, height };
          const plan = planPrint(bounds, size, orientation);
          if (plan.mode === 'fit') {
            expect(plan.overview.bodyTextPt).toBeGreaterThanOrEqual(MIN_BODY_TEXT_PT - 1e-6);
            return;
          }
          const scale = plan.tileScale!;
          expect(bodyTextPt(scale)).toBeGreaterThanOrEqual(MIN_BODY_TEXT_PT - 1e-6);
          expect(scale).toBeLessThanOrEqual(1);
          expect(plan.tiles).toHaveLength(plan.rows * plan.columns);
          const area = toPx(tileMapArea(pageSize(size, orientation)));
          const minX = Math.min(...plan.tiles.map((t) => t.rect.x));
          const minY = Math.min(...plan.tiles.map((t) => t.rect.y));
          const maxX = Math.max(...plan.tiles.map((t) => t.rect.x + t.rect.width));
          const maxY = Math.max(...plan.tiles.map((t) => t.rect.y + t.rect.height));
          expect(minX).toBeLessThanOrEqual(x + 1e-6);
          expect(minY).toBeLessThanOrEqual(y + 1e-6);
          expect(maxX).toBeGreaterThanOrEqual(x + width - 1e-6);
          expect(maxY).toBeGreaterThanOrEqual(y + height - 1e-6);
          for (const tile of plan.tiles) {
            expect(tile.rect.width * scale).toBeCloseTo(area.width, 6);
            const right = tile.neighbours.right;
            if (right) expect(tile.rect.x + tile.rect.width - plan.tiles[right.index].rect.x).toBeCloseTo(TILE_OVERLAP, 6);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('uses no more tiles than the 6 pt limit needs', () => {
    const bounds = { x: 0, y: 0, width: 6000, height: 800 };
    const plan = planPrint(bounds, 'A4', 'landscape');
    const area = toPx(tileMapArea(pageSize('A4', 'landscape')));
    const atLimit = area.width / MIN_LEGIBLE_SCALE;
    expect(plan.columns).toBe(Math.ceil((bounds.width - TILE_OVERLAP) / (atLimit - TILE_OVERLAP)));
    expect(plan.rows).toBe(1);
    expect(PX_PER_PT).toBeCloseTo(4 / 3);
    expect(tileArea.width).toBeGreaterThan(0);
  });
});
