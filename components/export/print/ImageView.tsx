import type { Rect } from '@/lib/export/bounds';
import type { JourneyDocument } from '@/lib/journey/schema';
import { PrintFlow } from './PrintFlow';
import { PrintReady } from './PrintReady';

/** The whole map at its full bounds and 100 %, for PNG export (a screenshot) and SVG export (printed as one page). */
export function ImageView({ document, bounds }: { document: JourneyDocument; bounds: Rect }) {
  return (
    <div id="print-root" className="is-image">
      <div id="print-image" className="relative bg-white" style={{ width: Math.ceil(bounds.width), height: Math.ceil(bounds.height) }}>
        <PrintFlow flowId="print-image-flow" document={document} rect={bounds} scale={1} width={Math.ceil(bounds.width)} height={Math.ceil(bounds.height)} />
      </div>
      <PrintReady />
    </div>
  );
}
