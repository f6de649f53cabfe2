import type { Page } from '@playwright/test';
import { absoluteRects, mapBounds } from '../../lib/export/bounds';
import type { JourneyDocument } from '../../lib/journey/schema';

/**
 * Which nodes an exported image leaves blank. Chromium decodes the image (PNG or SVG) onto
 * a canvas over white, scaled from the map's bounds to the image's size, and each node's
 * box is read back: a node drawn there (fill, border or title) changes a good share of
 * its pixels; a box that is all background means the node is missing from the image.
 */

/** Pixels further than this from white (in any channel) count as drawn. */
const INK_THRESHOLD = 16;
/** The least share of a node's box that must be drawn: a one-line title on a white card is several percent. */
const MIN_INK_SHARE = 0.01;

export async function blankNodes(page: Page, image: Buffer, mimeType: string, map: JourneyDocument): Promise<string[]> {
  const bounds = mapBounds(map);
  const boxes = [...absoluteRects(map)].map(([id, r]) => ({ id, x: r.x - bounds.x, y: r.y - bounds.y, width: r.width, height: r.height }));
  const src = `data:${mimeType};base64,${image.toString('base64')}`;
  return page.evaluate(
    async ({ src, boxes, mapWidth, inkThreshold, minInkShare }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2D canvas');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0);
      const scale = img.naturalWidth / mapWidth;
      return boxes
        .filter((box) => {
          const x = Math.round(box.x * scale);
          const y = Math.round(box.y * scale);
          const width = Math.max(1, Math.min(Math.round(box.width * scale), canvas.width - x));
          const height = Math.max(1, Math.min(Math.round(box.height * scale), canvas.height - y));
          const pixels = ctx.getImageData(x, y, width, height).data;
          let ink = 0;
          for (let i = 0; i < pixels.length; i += 4) {
            if (255 - Math.min(pixels[i], pixels[i + 1], pixels[i + 2]) > inkThreshold) ink += 1;
          }
          return ink < minInkShare * width * height;
        })
        .map((box) => box.id);
    },
    { src, boxes, mapWidth: Math.ceil(bounds.width), inkThreshold: INK_THRESHOLD, minInkShare: MIN_INK_SHARE },
  );
}
