import Link from 'next/link';
import type { JourneyDocument } from '@/lib/journey/schema';
import { buttonClasses } from '@/components/ui/Button';
import { Badge } from '@/components/ui/Badge';
import { ReadOnlyMap } from './read-only-map';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

interface VersionViewProps {
  mapId: string;
  mapName: string;
  versionId: string;
  versionName: string;
  createdAt: string;
  document: JourneyDocument;
}

/** A saved version, read-only; restoring it happens in the editor, where it can be undone. */
export function VersionView({ mapId, mapName, versionId, versionName, createdAt, document }: VersionViewProps) {
  return (
    <div className="flex h-full flex-col" data-testid="version-view">
      <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-3">
        <Link href={`/maps/${mapId}`} className="rounded-md px-2 py-1 text-[13px] text-slate-500 hover:bg-slate-100 hover:text-slate-800">
          ← {mapName}
        </Link>
        <span className="h-5 w-px bg-slate-200" aria-hidden />
        <h1 className="truncate text-[15px] font-semibold text-slate-900">{versionName}</h1>
        <Badge tone="warning">Read-only version</Badge>
        <span className="text-[12px] text-slate-500">Saved {dateFormat.format(new Date(createdAt))} UTC</span>
        <div className="ml-auto flex items-center gap-2">
          <Link href={`/maps/${mapId}`} className={buttonClasses('secondary', 'sm')}>
            Back to the live map
          </Link>
          <Link href={`/maps/${mapId}?restore=${encodeURIComponent(versionId)}`} className={buttonClasses('primary', 'sm')}>
            Restore this version…
          </Link>
        </div>
      </header>
      <div className="min-h-0 flex-1 bg-slate-50">
        <ReadOnlyMap document={document} />
      </div>
    </div>
  );
}
