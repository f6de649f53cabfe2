'use client';

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { templateInfo, type TemplateId } from '@/lib/journey/templates';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { IconButton } from '@/components/ui/IconButton';
import { Input } from '@/components/ui/Input';
import { CloseIcon, PlusIcon, SearchIcon } from '@/components/ui/icons';
import { useToast } from '@/components/ui/Toast';
import { ExportDialog } from '@/components/export/ExportDialog';
import { ImportMapButton } from '@/components/export/ImportMapButton';
import { MapList } from './MapList';
import { MapsWelcome } from './MapsWelcome';
import { createMapRequest, deleteMapRequest, duplicateMapRequest, renameMapRequest } from './mapsApi';
import { NewMapDialog } from './NewMapDialog';
import { RenameMapDialog } from './RenameMapDialog';
import { searchMaps } from './searchMaps';
import type { MapSummary } from './types';
import { useNow } from './useNow';

interface MapsHomeProps {
  maps: MapSummary[];
  /** When the server rendered the list; the first render's "now", so times hydrate cleanly. */
  renderedAt: string;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function MapsHome({ maps, renderedAt }: MapsHomeProps) {
  const router = useRouter();
  const toast = useToast();
  const now = useNow(renderedAt);
  const [, startRefresh] = useTransition();

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(() => searchMaps(maps, deferredQuery), [maps, deferredQuery]);
  const searchRef = useRef<HTMLInputElement>(null);

  const [newMapTemplate, setNewMapTemplate] = useState<TemplateId | null>(null);
  const [renaming, setRenaming] = useState<MapSummary | null>(null);
  const [deleting, setDeleting] = useState<MapSummary | null>(null);
  const [exporting, setExporting] = useState<MapSummary | null>(null);
  const [startingWorkshop, setStartingWorkshop] = useState(false);

  const refresh = useCallback(() => startRefresh(() => router.refresh()), [router]);

  // "/" jumps to the search box, as in most list views.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      searchRef.current?.focus();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  async function startWorkshop() {
    setStartingWorkshop(true);
    try {
      const { id } = await createMapRequest(templateInfo('workshop').defaultMapName, 'workshop');
      router.push(`/maps/${id}`);
    } catch (e) {
      setStartingWorkshop(false);
      toast({ tone: 'error', title: 'Could not create the map', description: e instanceof Error ? e.message : undefined });
    }
  }

  const onRename = useCallback((map: MapSummary) => setRenaming(map), []);
  const onDelete = useCallback((map: MapSummary) => setDeleting(map), []);
  const onExport = useCallback((map: MapSummary) => setExporting(map), []);
  const onDuplicate = useCallback(
    async (map: MapSummary) => {
      try {
        await duplicateMapRequest(map.id);
        toast({ tone: 'success', title: 'Map duplicated', description: `A copy of “${map.name}” is at the top of the list.` });
        refresh();
      } catch (e) {
        toast({ tone: 'error', title: 'Could not duplicate the map', description: e instanceof Error ? e.message : undefined });
        refresh();
      }
    },
    [toast, refresh],
  );

  async function rename(map: MapSummary, name: string) {
    await renameMapRequest(map.id, name);
    setRenaming(null);
    toast({ tone: 'success', title: 'Map renamed' });
    refresh();
  }

  async function confirmDelete() {
    if (!deleting) return;
    await deleteMapRequest(deleting.id);
    toast({ tone: 'success', title: 'Map deleted', description: `“${deleting.name}” is gone.` });
    setDeleting(null);
    refresh();
  }

  const dialogs = (
    <>
      <NewMapDialog open={newMapTemplate !== null} initialTemplate={newMapTemplate ?? 'workshop'} onClose={() => setNewMapTemplate(null)} />
      <RenameMapDialog map={renaming} onClose={() => setRenaming(null)} onRename={rename} />
      {exporting && <ExportDialog open map={exporting} onClose={() => setExporting(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        tone="danger"
        title="Delete this map?"
        description={
          <>
            <span className="font-medium text-slate-800">“{deleting?.name}”</span> and its saved versions will be deleted for
            everyone. This can’t be undone.
          </>
        }
        confirmLabel="Delete map"
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </>
  );

  if (maps.length === 0) {
    return (
      <>
        <MapsWelcome starting={startingWorkshop} onStartWorkshop={startWorkshop} onChooseTemplate={() => setNewMapTemplate('workshop')} />
        {dialogs}
      </>
    );
  }

  // Until the user makes a map of their own (only the seeded demo map is here), the page
  // still says what Loopmap is and offers the workshop, above the list.
  const firstVisit = maps.every((map) => map.linkedToDemoStore);
  const ListHeading = firstVisit ? 'h2' : 'h1';

  const countLabel =
    deferredQuery.trim() === ''
      ? `${maps.length} ${maps.length === 1 ? 'map' : 'maps'}`
      : `${visible.length} of ${maps.length} ${maps.length === 1 ? 'map' : 'maps'}`;

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-8 sm:py-10">
      {firstVisit && <MapsWelcome aboveDemoMap starting={startingWorkshop} onStartWorkshop={startWorkshop} onChooseTemplate={() => setNewMapTemplate('workshop')} />}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <ListHeading className="text-2xl font-semibold tracking-tight text-slate-900">Maps</ListHeading>
          <p className="mt-1 text-sm text-slate-500">The journeys of your ideal customers.</p>
        </div>
        <div className="flex items-center gap-2">
          <ImportMapButton />
          <Button variant="primary" onClick={() => setNewMapTemplate('workshop')}>
            <PlusIcon />
            New map
          </Button>
        </div>
      </div>

      <div className="mt-8 mb-3 flex items-center gap-3">
        <div className="relative w-full max-w-sm">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" />
          <Input
            ref={searchRef}
            type="search"
            aria-label="Search maps by name"
            placeholder="Search maps"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && query) {
                event.preventDefault();
                setQuery('');
              }
            }}
            className="pr-14 pl-9 [&::-webkit-search-cancel-button]:hidden"
          />
          {query ? (
            <IconButton
              label="Clear search"
              size="sm"
              icon={<CloseIcon className="size-3.5" />}
              onClick={() => {
                setQuery('');
                searchRef.current?.focus();
              }}
              className="absolute top-1/2 right-1 -translate-y-1/2"
            />
          ) : (
            <kbd
              aria-hidden
              className="pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2 rounded border border-slate-200 bg-slate-50 px-1.5 font-sans text-[11px] text-slate-400"
            >
              /
            </kbd>
          )}
        </div>
        <p className="ml-auto text-[13px] text-slate-500 tabular-nums" aria-live="polite">
          {countLabel}
        </p>
      </div>

      {visible.length > 0 ? (
        <MapList maps={visible} now={now} onRename={onRename} onDuplicate={onDuplicate} onDelete={onDelete} onExport={onExport} />
      ) : (
        <div className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <EmptyState
            icon={<SearchIcon className="size-5" />}
            title="No maps match your search"
            description={<>Nothing is called “{deferredQuery.trim()}”. Try another word, or clear the search.</>}
            actions={
              <Button variant="secondary" onClick={() => setQuery('')}>
                Clear search
              </Button>
            }
          />
        </div>
      )}
      {dialogs}
    </div>
  );
}
