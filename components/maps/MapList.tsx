'use client';

import { MapRow, type MapRowActions } from './MapRow';
import type { MapSummary } from './types';

interface MapListProps extends MapRowActions {
  maps: readonly MapSummary[];
  now: number;
}

export function MapList({ maps, now, ...actions }: MapListProps) {
  return (
    <div className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <div
        aria-hidden
        className="hidden grid-cols-[minmax(0,1fr)_7rem_9rem_2.25rem] gap-4 border-b border-slate-100 px-5 py-2.5 text-xs font-medium tracking-wide text-slate-500 uppercase sm:grid"
      >
        <span className="pl-12">Name</span>
        <span>Size</span>
        <span>Last edited</span>
        <span />
      </div>
      <ul aria-label="Maps" className="divide-y divide-slate-100">
        {maps.map((map) => (
          <MapRow key={map.id} map={map} now={now} {...actions} />
        ))}
      </ul>
    </div>
  );
}
