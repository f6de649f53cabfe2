import type { Size } from '@/lib/export/page';
import { PAGE_LAYOUT } from '@/lib/export/page';

/**
 * The @page rules of one export: the paper size is chosen per export, so the rules are
 * written here rather than in the static stylesheet. Map pages have no printer margin
 * (each page box draws its own); the appendix flows with margins of its own.
 */
export function PrintStyles({ page }: { page: Size }) {
  const size = `${page.width}pt ${page.height}pt`;
  const m = PAGE_LAYOUT.margin;
  const css = `
@page { size: ${size}; margin: 0; }
@page appendix { size: ${size}; margin: ${m}pt ${m}pt ${m + 4}pt ${m}pt; }
.print-page { width: ${page.width}pt; height: ${page.height - 1}pt; padding: ${m}pt; }
@media screen { #print-root .appendix { width: ${page.width}pt; box-sizing: border-box; } }
`;
  return <style>{css}</style>;
}
