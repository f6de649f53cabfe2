'use client';

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { validateDocument } from '@/lib/journey/validate';
import { useEditorActions } from '@/lib/store/context';
import { Button, buttonClasses } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Field } from '@/components/ui/Field';
import { Input } from '@/components/ui/Input';
import { Spinner } from '@/components/ui/Spinner';
import { useToast } from '@/components/ui/Toast';

interface VersionItem {
  id: string;
  name: string;
  nodeCount: number;
  createdAt: string;
}

async function errorText(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string; message?: string };
    return body.error ?? body.message ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** Named versions of the map: save one, open one read-only, restore one as an undoable change. */
export function VersionsPanel({ mapId, offerRestoreOf }: { mapId: string; offerRestoreOf?: string }) {
  const [versions, setVersions] = useState<VersionItem[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [restoring, setRestoring] = useState<VersionItem | null>(null);
  const actions = useEditorActions();
  const toast = useToast();

  const load = useCallback(async () => {
    try {
      const response = await fetch(`/api/maps/${mapId}/versions`, { cache: 'no-store' });
      if (!response.ok) throw new Error(await errorText(response));
      setVersions(((await response.json()) as { versions: VersionItem[] }).versions);
      setLoadError(null);
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : 'Could not load the versions.');
    }
  }, [mapId]);

  useEffect(() => {
    // Fetching on mount is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  // Arriving from a version's read-only page: ask once whether to restore it, and drop the
  // request from the address so a reload does not ask again.
  const offered = useRef(false);
  useEffect(() => {
    if (!offerRestoreOf || !versions || offered.current) return;
    offered.current = true;
    window.history.replaceState(null, '', `/maps/${mapId}`);
    const version = versions.find((v) => v.id === offerRestoreOf);
    // Opening the dialog once the list has arrived is what this effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (version) setRestoring(version);
    else setLoadError('That version no longer exists.');
  }, [offerRestoreOf, versions, mapId]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setNameError('Give the version a name, e.g. “After the March workshop”.');
    setSaving(true);
    try {
      const response = await fetch(`/api/maps/${mapId}/versions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: trimmed }),
      });
      if (!response.ok) throw new Error(await errorText(response));
      setName('');
      setNameError(null);
      toast({ title: `Version “${trimmed}” saved`, tone: 'success' });
      await load();
    } catch (error) {
      setNameError(error instanceof Error ? error.message : 'Could not save the version.');
    } finally {
      setSaving(false);
    }
  }

  async function restore(version: VersionItem) {
    const response = await fetch(`/api/maps/${mapId}/versions/${version.id}`, { cache: 'no-store' });
    if (!response.ok) throw new Error(await errorText(response));
    const result = validateDocument(((await response.json()) as { document: unknown }).document);
    if (!result.ok) throw new Error(`This version cannot be restored: ${result.message}`);
    actions.replaceDocument(result.document);
    setRestoring(null);
    toast({ title: `Restored “${version.name}”`, description: 'Undo with Ctrl/⌘ Z to go back.', tone: 'success' });
  }

  return (
    <div className="space-y-5 p-4" data-testid="versions-panel">
      <form onSubmit={save} className="space-y-2">
        <Field label="Save the map as it is now" error={nameError}>
          {(p) => (
            <Input
              {...p}
              value={name}
              placeholder="Version name"
              maxLength={120}
              onChange={(e) => {
                setName(e.target.value);
                setNameError(null);
              }}
            />
          )}
        </Field>
        <Button type="submit" variant="primary" size="sm" busy={saving}>
          Save version
        </Button>
      </form>
      <div>
        <h3 className="mb-2 text-[11px] font-semibold tracking-wide text-slate-400 uppercase">Saved versions</h3>
        {loadError && <p role="alert" className="text-[13px] text-rose-600">{loadError}</p>}
        {!versions && !loadError && <Spinner size="sm" />}
        {versions?.length === 0 && <p className="text-[13px] text-slate-500">No versions yet. Save one before a big change, so you can always go back.</p>}
        <ul className="space-y-2">
          {versions?.map((v) => (
            <li key={v.id} className="rounded-lg p-3 ring-1 ring-slate-200 ring-inset" data-testid="version-item">
              <p className="truncate text-sm font-medium text-slate-900">{v.name}</p>
              <p className="text-[12px] text-slate-500">
                {dateFormat.format(new Date(v.createdAt))} · {v.nodeCount} step{v.nodeCount === 1 ? '' : 's'}
              </p>
              <div className="mt-2 flex gap-2">
                <Link href={`/maps/${mapId}/versions/${v.id}`} className={buttonClasses('secondary', 'sm')}>
                  Open
                </Link>
                <Button size="sm" variant="ghost" onClick={() => setRestoring(v)}>
                  Restore
                </Button>
              </div>
            </li>
          ))}
        </ul>
      </div>
      <ConfirmDialog
        open={restoring !== null}
        title={`Restore “${restoring?.name ?? ''}”?`}
        description="The map will look exactly like this version. Everyone editing sees the change, and you can undo it."
        confirmLabel="Restore version"
        onConfirm={() => (restoring ? restore(restoring) : undefined)}
        onCancel={() => setRestoring(null)}
      />
    </div>
  );
}
