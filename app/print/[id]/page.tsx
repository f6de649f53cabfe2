import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { buildAppendix } from '@/lib/export/appendix';
import { mapBounds } from '@/lib/export/bounds';
import { planPrint } from '@/lib/export/plan';
import { PrintDocument } from '@/components/export/print/PrintDocument';
import { ImageView } from '@/components/export/print/ImageView';
import { isUuid } from '@/server/http';
import { exportComparison } from '@/server/export/comparison';
import { loadExportSource } from '@/server/export/document';
import { verifyPrintToken } from '@/server/export/token';
import '../print.css';

export const metadata: Metadata = { title: 'Print', robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The print view the exporter's headless browser opens. It renders only with a valid,
 * unexpired token made by the export handler for this map; anything else is a 404, so
 * the view reveals nothing the API would not.
 */
export default async function PrintPage({ params, searchParams }: Props) {
  await connection();
  const { id } = await params;
  const { token } = await searchParams;
  if (typeof token !== 'string' || !isUuid(id)) notFound();
  const check = verifyPrintToken(token, id);
  if (!check.ok) notFound();
  const source = loadExportSource(id);
  if (!source) notFound();

  const { document } = source;
  const bounds = mapBounds(document);
  if (check.request.mode === 'image') return <ImageView document={document} bounds={bounds} />;

  const { options } = check.request;
  const comparison = options.compare ? await exportComparison(source, options.storeId, options.filters) : null;
  const plan = planPrint(bounds, options.size, options.orientation);
  const lastTilePage = plan.mapPages;
  const title = {
    name: source.name,
    description: document.meta.description,
    date: new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    paper: `${options.size} ${options.orientation}`,
    comparison: comparison ? { storeName: comparison.storeName, dataFrom: comparison.dataFrom, dataTo: comparison.dataTo, filters: comparison.filters } : null,
    tiling: plan.mode === 'tiled' ? `Continues in ${plan.tiles.length} parts, pages 2–${lastTilePage}` : null,
  };
  const appendix = options.appendix ? buildAppendix(document, comparison) : null;
  return <PrintDocument mapId={id} document={document} bounds={bounds} plan={plan} title={title} appendix={appendix} comparison={comparison?.view ?? null} />;
}
