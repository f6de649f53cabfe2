import { PRINT_READY_BINDING } from '@/lib/export/ready-signal';

/**
 * Marks the page `<html data-print-capture>` when the exporter is the one opening it (it
 * gives the page its ready function before the page loads). It runs as the page is
 * parsed, before the browser first lays the page out for the screen: print.css then
 * leaves out of the screen what only the printer sees (the tile copies, the appendix),
 * which would otherwise be styled and laid out twice per export.
 */
const SCRIPT = `if (typeof window.${PRINT_READY_BINDING} === 'function') document.documentElement.dataset.printCapture = 'true';`;

export function CaptureFlag() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
