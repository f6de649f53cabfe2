import type { Appendix } from '@/lib/export/appendix';
import type { Rect } from '@/lib/export/bounds';
import type { PrintPlan } from '@/lib/export/plan';
import type { JourneyDocument } from '@/lib/journey/schema';
import type { ComparisonView } from '@/lib/store/compare-store';
import { CompareStoreProvider } from '@/components/compare/context';
import { AppendixPages } from './AppendixPages';
import { CaptureFlag } from './CaptureFlag';
import { OVERVIEW_FLOW_ID, OverviewPage, TilePage } from './MapPages';
import { PrintReady } from './PrintReady';
import { PrintStyles } from './PrintStyles';
import type { TitleInfo } from './TitleBlock';

/** Every page of a PDF export: overview, tiles (when the map is too big to read on one page), appendix. */
export function PrintDocument({
  mapId,
  document,
  bounds,
  plan,
  title,
  appendix,
  comparison = null,
}: {
  mapId: string;
  document: JourneyDocument;
  bounds: Rect;
  plan: PrintPlan;
  title: TitleInfo;
  appendix: Appendix | null;
  /** With the actual-data overlay: the figures, drawn on the map as Compare mode (Both) draws them. */
  comparison?: ComparisonView | null;
}) {
  const pages = (
    <div id="print-root" className="is-pdf" data-mode={plan.mode} data-map-pages={plan.mapPages}>
      <CaptureFlag />
      <PrintStyles page={plan.page} />
      <OverviewPage plan={plan} bounds={bounds} document={document} title={title} />
      {plan.tiles.map((tile) => (
        <TilePage key={tile.index} tile={tile} plan={plan} mapName={title.name} />
      ))}
      {appendix && <AppendixPages appendix={appendix} />}
      <PrintReady tilesFrom={{ flowId: OVERVIEW_FLOW_ID, zoom: plan.overview.scale }} />
    </div>
  );
  if (!comparison) return pages;
  return (
    <CompareStoreProvider mapId={mapId} storeId={comparison.storeId} stores={[]} mode="both" comparison={comparison}>
      {pages}
    </CompareStoreProvider>
  );
}
