import { describe, expect, it } from 'vitest';
import { sizeSvgInPixels } from './svg-size';

describe('sizeSvgInPixels', () => {
  it('states the root size in CSS pixels and keeps the viewBox in points', () => {
    const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="750pt" height="300.5pt" viewBox="0 0 750 300.5" version="1.1">\n<rect width="10pt"/></svg>';
    const sized = sizeSvgInPixels(svg);
    expect(sized).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="400.67" viewBox="0 0 750 300.5" version="1.1">');
    // Only the root is touched.
    expect(sized).toContain('<rect width="10pt"/>');
  });

  it('leaves an SVG already in pixels alone', () => {
    const svg = '<svg width="100" height="50" viewBox="0 0 100 50"></svg>';
    expect(sizeSvgInPixels(svg)).toBe(svg);
  });
});
