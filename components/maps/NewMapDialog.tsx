'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { LIMITS } from '@/lib/journey/schema';
import { templateInfo, type TemplateId } from '@/lib/journey/templates';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field } from '@/components/ui/Field';
import { Input } from '@/components/ui/Input';
import { createMapRequest } from './mapsApi';
import { TemplatePicker } from './TemplatePicker';

interface NewMapDialogProps {
  open: boolean;
  onClose: () => void;
  initialTemplate?: TemplateId;
}

export function NewMapDialog({ open, onClose, initialTemplate = 'workshop' }: NewMapDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title="New map"
      description="Pick a starting point. Everything in a template can be changed afterwards."
    >
      {open && <NewMapForm onCancel={onClose} initialTemplate={initialTemplate} />}
    </Dialog>
  );
}

function NewMapForm({ onCancel, initialTemplate }: { onCancel: () => void; initialTemplate: TemplateId }) {
  const router = useRouter();
  const [template, setTemplate] = useState<TemplateId>(initialTemplate);
  // Until the user types a name, the name follows the chosen template.
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shownName = name ?? templateInfo(template).defaultMapName;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = shownName.trim();
    if (!trimmed) return setError('Give the map a name.');
    if (trimmed.length > LIMITS.title) return setError(`At most ${LIMITS.title} characters.`);
    setBusy(true);
    setError(null);
    try {
      const { id } = await createMapRequest(trimmed, template);
      router.push(`/maps/${id}`);
      // Stay busy: the dialog goes away with the page.
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not create the map.');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <TemplatePicker value={template} onChange={setTemplate} />
      <Field label="Name" error={error}>
        {(control) => (
          <Input
            {...control}
            name="name"
            value={shownName}
            maxLength={LIMITS.title}
            autoComplete="off"
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
        )}
      </Field>
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={busy}>
          Create map
        </Button>
      </div>
    </form>
  );
}
