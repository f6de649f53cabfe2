/**
 * Chromium prints 96 CSS pixels to the inch, so a map W px wide becomes a PDF page (and a
 * pdftocairo SVG) W × 0.75 pt wide. Stating the same size in pixels makes the file's
 * numbers match the map's as the app shows it; the viewBox (in points) stays as it is,
 * so nothing is drawn differently.
 */
const PX_PER_PT = 96 / 72;

export function sizeSvgInPixels(svg: string): string {
  return svg.replace(/<svg\b[^>]*>/, (root) =>
    root.replace(/\s(width|height)="([\d.]+)pt"/g, (_match, name: string, pt: string) => ` ${name}="${round(Number(pt) * PX_PER_PT)}"`),
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
