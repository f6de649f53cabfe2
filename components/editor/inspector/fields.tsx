'use client';

import { useState } from 'react';
import type { ValidationProblem } from '@/lib/journey/validate';
import { COLORS, type Color } from '@/lib/journey/schema';
import { Field } from '@/components/ui/Field';
import { Input } from '@/components/ui/Input';
import { Select, type SelectOption } from '@/components/ui/Select';
import { Textarea } from '@/components/ui/Textarea';
import { cn } from '@/components/ui/cn';
import { COLOR_LABELS, SWATCHES } from '@/components/nodes/colors';

/**
 * Inspector fields. Each writes through a store action that validates with the kind's
 * zod schema; a value the schema refuses stays in the field (not in the document) with
 * the problem shown under it, until it is fixed.
 */

export type Commit<T> = (value: T) => ValidationProblem[];

function useDraft<T>() {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const [error, setError] = useState<string | null>(null);
  return {
    draft,
    error,
    accept(value: T, problems: ValidationProblem[]) {
      if (problems.length > 0) {
        setDraft({ value });
        setError(problems[0].message);
      } else {
        setDraft(null);
        setError(null);
      }
    },
  };
}

export function TextField({
  label,
  value,
  onCommit,
  placeholder,
  hint,
  multiline = false,
  rows = 3,
  autoFocus,
}: {
  label: string;
  value: string;
  onCommit: Commit<string>;
  placeholder?: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  autoFocus?: boolean;
}) {
  const { draft, error, accept } = useDraft<string>();
  const shown = draft?.value ?? value;
  const onChange = (next: string) => accept(next, onCommit(next));
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) =>
        multiline ? (
          <Textarea {...control} rows={rows} value={shown} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
        ) : (
          // autoFocus: focus moves to the title of a node just added
          <Input {...control} value={shown} placeholder={placeholder} autoFocus={autoFocus} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

/** A whole number, or nothing when `optional` (an empty field means "not set"). */
export function NumberField({
  label,
  value,
  onCommit,
  optional = false,
  min,
  max,
  step = 1,
  suffix,
  hint,
  placeholder,
}: {
  label: string;
  value: number | null;
  onCommit: Commit<number | null>;
  optional?: boolean;
  min?: number;
  max?: number;
  step?: number;
  suffix?: string;
  hint?: string;
  placeholder?: string;
}) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? (value === null ? '' : String(value));

  function onChange(raw: string) {
    setText(raw);
    const trimmed = raw.trim();
    if (trimmed === '') {
      if (!optional) return setError('required');
      const problems = onCommit(null);
      return setError(problems[0]?.message ?? null);
    }
    const n = Number(trimmed);
    if (!Number.isFinite(n)) return setError('a number');
    const problems = onCommit(n);
    setError(problems[0]?.message ?? null);
  }

  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <div className="relative">
          <Input
            {...control}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={step}
            value={shown}
            placeholder={placeholder}
            className={suffix ? 'pr-14' : undefined}
            onChange={(e) => onChange(e.target.value)}
            onBlur={() => {
              if (!error) setText(null);
            }}
          />
          {suffix && <span className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-[13px] text-slate-400">{suffix}</span>}
        </div>
      )}
    </Field>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hint,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
  hint?: string;
}) {
  return (
    <Field label={label} hint={hint}>
      {(control) => <Select {...control} value={value} options={options as readonly SelectOption[]} onChange={(e) => onChange(e.target.value as T)} />}
    </Field>
  );
}

/** A row of colour swatches working as a radio group (arrow keys move between them). */
export function ColorField({ label, value, onChange, name }: { label: string; value: Color; onChange: (color: Color) => void; name: string }) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-[13px] font-medium text-slate-700">{label}</legend>
      <div className="flex flex-wrap gap-2">
        {COLORS.map((color) => (
          <label key={color} className="relative cursor-pointer" title={COLOR_LABELS[color]}>
            <input type="radio" name={name} value={color} checked={value === color} onChange={() => onChange(color)} className="peer sr-only" aria-label={COLOR_LABELS[color]} />
            <span
              className={cn(
                'block size-7 rounded-full ring-1 ring-slate-900/10 ring-inset transition-shadow',
                SWATCHES[color],
                'peer-checked:ring-2 peer-checked:ring-indigo-600 peer-checked:ring-offset-2',
                'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-4 peer-focus-visible:outline-indigo-600',
              )}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Section({ title, children, className }: { title?: string; children: React.ReactNode; className?: string }) {
  return (
    <section className={cn('space-y-4 border-t border-slate-100 px-4 py-4 first:border-t-0', className)}>
      {title && <h3 className="text-[11px] font-semibold tracking-wide text-slate-400 uppercase">{title}</h3>}
      {children}
    </section>
  );
}
