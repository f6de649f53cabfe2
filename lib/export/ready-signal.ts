/**
 * The function the exporter gives the print view to call once the page is ready to
 * capture. A call reaches the exporter at once; watching the page for a ready mark
 * would wait for the next frame, and a frame of a 200-node map takes a few hundred ms.
 */
export const PRINT_READY_BINDING = '__loopmapPrintReady';
