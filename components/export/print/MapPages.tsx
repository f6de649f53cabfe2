import type { Rect } from '@/lib/export/bounds';
import { PAGE_LAYOUT } from '@/lib/export/page';
import { tileCaption, tileEdgeLabel, type Neighbour, type PrintPlan, type Tile } from '@/lib/export/plan';
import type { JourneyDocument } from '@/lib/journey/schema';
import { Legend } from './Legend';
import { PrintFlow } from './PrintFlow';
import { TitleBlock, type TitleInfo } from './TitleBlock';

/** The flow every tile page copies its part of the map from. */
export const OVERVIEW_FLOW_ID = 'print-overview';

/** Page 1: the title block, the whole map fitted to the page (with the tiles marked when tiled), the legend. */
export function OverviewPage({ plan, bounds, document, title }: { plan: PrintPlan; bounds: Rect; document: JourneyDocument; title: TitleInfo }) {
  const { area, scale } = plan.overview;
  const offset = { x: (area.width - bounds.width * scale) / 2, y: (area.height - bounds.height * scale) / 2 };
  return (
    <section className="print-page map-page" data-page="overview">
      <TitleBlock info={title} />
      <div className="relative" style={{ width: area.width, height: area.height }}>
        <PrintFlow flowId={OVERVIEW_FLOW_ID} document={document} rect={bounds} scale={scale} width={area.width} height={area.height} offset={offset} />
        {plan.tiles.map((tile) => {
          const left = offset.x + (tile.rect.x - bounds.x) * scale;
          const top = offset.y + (tile.rect.y - bounds.y) * scale;
          return (
            <div
              key={tile.index}
              className="tile-outline absolute flex items-start justify-start border border-dashed border-indigo-400/80"
              style={{ left, top, width: tile.rect.width * scale, height: tile.rect.height * scale }}
            >
              <span className="m-[2pt] rounded-[2pt] bg-indigo-600 px-[3pt] py-[1pt] text-[7pt] leading-none font-semibold text-white">
                {tile.index + 1} · p. {tile.page}
              </span>
            </div>
          );
        })}
      </div>
      <Legend compared={title.comparison !== null} />
    </section>
  );
}

const EDGE_STYLE: Record<Neighbour, React.CSSProperties> = {
  above: { top: 0, left: 0, right: 0, height: `${PAGE_LAYOUT.tileGutter}pt`, justifyContent: 'center', alignItems: 'center' },
  below: { bottom: 0, left: 0, right: 0, height: `${PAGE_LAYOUT.tileGutter}pt`, justifyContent: 'center', alignItems: 'center' },
  left: {
    top: '50%',
    left: `${PAGE_LAYOUT.tileGutter / 2}pt`,
    transform: 'translate(-50%, -50%) rotate(-90deg)',
    whiteSpace: 'nowrap',
  },
  right: {
    top: '50%',
    right: `${PAGE_LAYOUT.tileGutter / 2}pt`,
    transform: 'translate(50%, -50%) rotate(90deg)',
    whiteSpace: 'nowrap',
  },
};

/**
 * One part of a tiled map, with labels at the edges saying where the map continues. Its
 * frame is filled in the browser with a copy of the overview's drawing (see
 * copy-map-into-tiles.ts): the map is rendered once, not once per tile.
 */
export function TilePage({ tile, plan, mapName }: { tile: Tile; plan: PrintPlan; mapName: string }) {
  const scale = plan.tileScale ?? 1;
  const { tileArea } = plan;
  return (
    <section className="print-page map-page" data-page={`tile-${tile.index + 1}`}>
      <header className="flex items-baseline justify-between text-[8.5pt] text-slate-500" style={{ height: `${PAGE_LAYOUT.tileHeader}pt` }}>
        <span className="truncate font-semibold text-slate-800">{mapName}</span>
        <span className="shrink-0">{tileCaption(tile, plan)}</span>
      </header>
      <div className="relative" style={{ padding: `${PAGE_LAYOUT.tileGutter}pt` }}>
        {(Object.keys(tile.neighbours) as Neighbour[]).map((side) => {
          const neighbour = tile.neighbours[side]!;
          return (
            <p key={side} className="tile-edge-label absolute flex text-[7.5pt] font-medium text-indigo-700" style={EDGE_STYLE[side]} data-side={side}>
              {tileEdgeLabel(side, neighbour)}
            </p>
          );
        })}
        <div
          className="relative overflow-hidden rounded-[3pt] border border-slate-200"
          style={{ width: tileArea.width, height: tileArea.height }}
          data-tile-frame
          data-rect-x={tile.rect.x}
          data-rect-y={tile.rect.y}
          data-rect-width={tile.rect.width}
          data-rect-height={tile.rect.height}
          data-scale={scale}
        />
      </div>
    </section>
  );
}
