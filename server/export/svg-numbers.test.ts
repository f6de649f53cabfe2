import { describe, expect, it } from 'vitest';
import { roundSvgNumbers } from './svg-numbers';

describe('roundSvgNumbers', () => {
  it('rounds long decimals in paths and transforms to two places', () => {
    const svg = '<path d="M 0.375 0 L 3.359375 -7.5 L 12.123456 -0.004"/><use transform="matrix(1,0,0,1,120.503906,44.996094)"/>';
    expect(roundSvgNumbers(svg)).toBe('<path d="M 0.38 0 L 3.36 -7.5 L 12.12 0"/><use transform="matrix(1,0,0,1,120.5,45)"/>');
  });

  it('leaves ids, whole numbers and short decimals alone', () => {
    const svg = '<symbol id="glyph0-12"><rect x="10" y="2.5" width="100.25" height="7"/></symbol>';
    expect(roundSvgNumbers(svg)).toBe(svg);
  });
});
