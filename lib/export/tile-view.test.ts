import { describe, expect, it } from 'vitest';
import { ITEM_REACH, showsInTile, tileViewport, toMapRect, viewportCss } from './tile-view';

describe('tile view', () => {
  it('moves the tile rect to the top left of the frame at the tile scale', () => {
    const viewport = tileViewport({ x: 400, y: -100, width: 800, height: 600 }, 0.5);
    expect(viewport).toEqual({ x: -200, y: 50, zoom: 0.5 });
    expect(viewportCss(viewport)).toBe('translate(-200px, 50px) scale(0.5)');
  });

  it('turns on-screen boxes into map coordinates', () => {
    // Drawn at 0.25 with the map origin at (100, 40) on screen: (150, 65) is map (200, 100).
    expect(toMapRect({ x: 150, y: 65, width: 60, height: 30 }, { x: 100, y: 40 }, 0.25)).toEqual({ x: 200, y: 100, width: 240, height: 120 });
  });

  it('keeps what shows in the tile or reaches into it, and drops what is farther away', () => {
    const tile = { x: 1000, y: 1000, width: 500, height: 400 };
    expect(showsInTile({ x: 1200, y: 1100, width: 240, height: 130 }, tile)).toBe(true);
    // A card just above the tile whose badge hangs into it.
    expect(showsInTile({ x: 1200, y: 1000 - 130 - ITEM_REACH / 2, width: 240, height: 130 }, tile)).toBe(true);
    expect(showsInTile({ x: 1200, y: 1000 - 130 - ITEM_REACH - 1, width: 240, height: 130 }, tile)).toBe(false);
    expect(showsInTile({ x: 1500 + ITEM_REACH + 1, y: 1100, width: 240, height: 130 }, tile)).toBe(false);
    // A straight edge has a box with no height.
    expect(showsInTile({ x: 900, y: 1200, width: 300, height: 0 }, tile)).toBe(true);
  });
});
