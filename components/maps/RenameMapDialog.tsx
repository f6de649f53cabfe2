'use client';

import { useState, type FormEvent } from 'react';
import { LIMITS } from '@/lib/journey/schema';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field } from '@/components/ui/Field';
import { Input } from '@/components/ui/Input';
import type { MapSummary } from './types';

interface RenameMapDialogProps {
  map: MapSummary | null;
  onClose: () => void;
  /** Saves the new name; a thrown error is shown under the field. */
  onRename: (map: MapSummary, name: string) => Promise<void>;
}

export function RenameMapDialog({ map, onClose, onRename }: RenameMapDialogProps) {
  return (
    <Dialog open={map !== null} onClose={onClose} title="Rename map" size="sm">
      {map && <RenameForm key={map.id} map={map} onCancel={onClose} onRename={onRename} />}
    </Dialog>
  );
}

function RenameForm({ map, onCancel, onRename }: { map: MapSummary; onCancel: () => void; onRename: RenameMapDialogProps['onRename'] }) {
  const [name, setName] = useState(map.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Give the map a name.');
    if (trimmed === map.name) return onCancel();
    setBusy(true);
    setError(null);
    try {
      await onRename(map, trimmed);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not rename the map.');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field label="Name" error={error}>
        {(control) => (
          <Input
            {...control}
            name="name"
            value={name}
            maxLength={LIMITS.title}
            autoComplete="off"
            data-autofocus
            onFocus={(event) => event.currentTarget.select()}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
        )}
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={busy}>
          Save
        </Button>
      </div>
    </form>
  );
}
