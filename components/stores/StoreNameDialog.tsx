'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field } from '@/components/ui/Field';
import { Input } from '@/components/ui/Input';

/** Mirrors the server's limit (server/store-requests.ts) so the user learns it before sending. */
const NAME_MAX = 80;

export interface StoreNameDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  initialName?: string;
  /** Saves the name; a thrown error is shown under the field and the dialog stays open. */
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
}

/** Asks for a store name: used to create a store and to rename one. */
export function StoreNameDialog({ open, title, submitLabel, initialName = '', onSubmit, onClose }: StoreNameDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={title} size="sm">
      {open && <NameForm initialName={initialName} submitLabel={submitLabel} onSubmit={onSubmit} onClose={onClose} />}
    </Dialog>
  );
}

function NameForm({ initialName, submitLabel, onSubmit, onClose }: Omit<StoreNameDialogProps, 'open' | 'title'> & { initialName: string }) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Give the store a name.');
    if (trimmed.length > NAME_MAX) return setError(`At most ${NAME_MAX} characters.`);
    setBusy(true);
    setError(null);
    try {
      await onSubmit(trimmed);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not save the name.');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field label="Store name" error={error} hint="For example the shop's name, or “EU shop 2024–2025”.">
        {(control) => (
          <Input
            {...control}
            value={name}
            maxLength={NAME_MAX + 20}
            onChange={(event) => setName(event.target.value)}
            data-autofocus
            autoComplete="off"
          />
        )}
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
