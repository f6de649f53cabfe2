/**
 * pdftocairo writes every coordinate with up to six decimals, in points. A hundredth of a
 * point (1/7200 inch) is far below what any screen or printer shows, so rounding to two
 * decimals draws the same picture and makes a large map's SVG about a quarter smaller.
 * Only numbers with more decimals are touched; ids and names hold no decimal points.
 */
export function roundSvgNumbers(svg: string, decimals = 2): string {
  const scale = 10 ** decimals;
  const longDecimal = new RegExp(`-?\\d+\\.\\d{${decimals + 1},}`, 'g');
  return svg.replace(longDecimal, (number) => {
    const rounded = Math.round(Number(number) * scale) / scale;
    // "-0" would read oddly; it is 0.
    return String(rounded === 0 ? 0 : rounded);
  });
}
