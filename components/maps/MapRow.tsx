'use client';

import Link from 'next/link';
import { memo } from 'react';
import { formatCount } from '@/lib/format/numbers';
import { IconButton } from '@/components/ui/IconButton';
import { Menu } from '@/components/ui/Menu';
import { CopyIcon, MapIcon, MoreIcon, PencilIcon, TrashIcon } from '@/components/ui/icons';
import { DownloadIcon } from '@/components/export/icons';
import { RelativeTime } from './RelativeTime';
import type { MapSummary } from './types';

export interface MapRowActions {
  onRename: (map: MapSummary) => void;
  onDuplicate: (map: MapSummary) => void;
  onDelete: (map: MapSummary) => void;
  onExport: (map: MapSummary) => void;
}

interface MapRowProps extends MapRowActions {
  map: MapSummary;
  now: number;
}

export function nodeCountLabel(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'node' : 'nodes'}`;
}

/** One map in the list: the whole row opens it; the menu holds rename, duplicate and delete. */
export const MapRow = memo(function MapRow({ map, now, onRename, onDuplicate, onDelete, onExport }: MapRowProps) {
  return (
    <li
      data-testid="map-row"
      data-map-id={map.id}
      className="group relative grid grid-cols-[minmax(0,1fr)_auto] last:rounded-b-xl first:rounded-t-xl sm:first:rounded-t-none items-center gap-4 px-4 py-3 transition-colors hover:bg-slate-50 has-[a:focus-visible]:bg-slate-50 sm:grid-cols-[minmax(0,1fr)_7rem_9rem_2.25rem] sm:px-5"
    >
      <div className="flex min-w-0 items-center gap-3">
        <span aria-hidden className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-indigo-50 text-indigo-600 ring-1 ring-indigo-100">
          <MapIcon />
        </span>
        <div className="min-w-0">
          <Link
            href={`/maps/${map.id}`}
            className="block truncate text-sm font-medium text-slate-900 outline-none after:absolute after:inset-0 after:rounded-[inherit] focus-visible:after:ring-2 focus-visible:after:ring-indigo-600 focus-visible:after:ring-inset"
          >
            {map.name}
          </Link>
          {/* On narrow screens the columns fold into one line under the name. */}
          <p className="truncate text-[13px] text-slate-500 sm:hidden">
            <RelativeTime value={map.updatedAt} now={now} /> · {nodeCountLabel(map.nodeCount)}
          </p>
        </div>
      </div>
      <p className="hidden text-[13px] text-slate-500 tabular-nums sm:block">{nodeCountLabel(map.nodeCount)}</p>
      <p className="hidden text-[13px] text-slate-500 sm:block">
        <RelativeTime value={map.updatedAt} now={now} />
      </p>
      <div className="relative z-10 justify-self-end">
        <Menu
          label={`Actions for ${map.name}`}
          trigger={(props) => (
            <IconButton
              {...props}
              label={`Actions for ${map.name}`}
              title="More actions"
              icon={<MoreIcon />}
              className="text-slate-400 group-hover:text-slate-600 aria-expanded:bg-slate-100 aria-expanded:text-slate-700"
            />
          )}
          items={[
            { id: 'rename', label: 'Rename', icon: <PencilIcon />, onSelect: () => onRename(map) },
            { id: 'duplicate', label: 'Duplicate', icon: <CopyIcon />, onSelect: () => onDuplicate(map) },
            { id: 'export', label: 'Export…', icon: <DownloadIcon />, onSelect: () => onExport(map) },
            { id: 'delete', label: 'Delete', icon: <TrashIcon />, tone: 'danger', onSelect: () => onDelete(map) },
          ]}
        />
      </div>
    </li>
  );
});
