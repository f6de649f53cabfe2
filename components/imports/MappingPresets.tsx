'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field } from '@/components/ui/Field';
import { Input } from '@/components/ui/Input';
import { Select } from '@/components/ui/Select';
import { useToast } from '@/components/ui/Toast';
import { saveMappingPreset } from './api';
import type { GenericImportChoice, MappingPresetView } from './types';

export interface MappingPresetsProps {
  presets: MappingPresetView[];
  /** The mapping as it stands; null while it cannot be saved (no date format chosen yet). */
  choice: GenericImportChoice | null;
  onApply: (preset: MappingPresetView) => void;
  onSaved: (preset: MappingPresetView) => void;
}

/** Apply a saved mapping, or save the current one under a name for the next export. */
export function MappingPresets({ presets, choice, onApply, onSaved }: MappingPresetsProps) {
  const [saving, setSaving] = useState(false);
  return (
    <div className="flex items-end gap-2">
      {presets.length > 0 && (
        <div className="w-52">
          <Select
            aria-label="Apply a saved mapping"
            value=""
            onChange={(event) => {
              const preset = presets.find((p) => p.id === event.target.value);
              if (preset) onApply(preset);
            }}
          >
            <option value="">Apply a saved mapping…</option>
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.name}
              </option>
            ))}
          </Select>
        </div>
      )}
      <Button onClick={() => setSaving(true)} disabled={!choice}>
        Save mapping…
      </Button>
      <Dialog open={saving} onClose={() => setSaving(false)} title="Save this mapping" size="sm">
        {saving && choice && (
          <SavePresetForm
            choice={choice}
            onCancel={() => setSaving(false)}
            onSaved={(preset) => {
              setSaving(false);
              onSaved(preset);
            }}
          />
        )}
      </Dialog>
    </div>
  );
}

function SavePresetForm({
  choice,
  onCancel,
  onSaved,
}: {
  choice: GenericImportChoice;
  onCancel: () => void;
  onSaved: (preset: MappingPresetView) => void;
}) {
  const toast = useToast();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Give the mapping a name.');
    setBusy(true);
    try {
      const id = await saveMappingPreset(trimmed, choice);
      toast({ title: `Mapping “${trimmed}” saved`, tone: 'success' });
      onSaved({ id, name: trimmed, mapping: choice.mapping, options: { timezone: choice.timezone, dateFormat: choice.dateFormat } });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not save the mapping.');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field label="Name" error={error} hint="Saving under an existing name replaces that mapping.">
        {(control) => <Input {...control} value={name} onChange={(e) => setName(e.target.value)} data-autofocus autoComplete="off" />}
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
