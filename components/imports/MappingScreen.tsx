'use client';

import { useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import { Select } from '@/components/ui/Select';
import { DATE_FORMAT_LABELS, DATE_FORMATS, type DateFormat } from '@/lib/orders/dates';
import { FIELD_LABELS, validateMapping, type ColumnMapping, type MappingField } from '@/lib/orders/mapping';
import { MappingPresets } from './MappingPresets';
import { PreviewTable } from './PreviewTable';
import type { CsvPreviewView, GenericImportChoice, MappingPresetView } from './types';

/** Fields that decide whether an order can be read at all, then the descriptive ones. */
const REQUIRED_GROUP: MappingField[] = ['orderId', 'createdAt', 'customerId', 'customerEmail', 'total', 'quantity', 'unitPrice'];
const OPTIONAL_GROUP: MappingField[] = ['productName', 'sku', 'category', 'discountCode', 'source', 'country', 'status', 'currency'];

const FIELD_HINTS: Partial<Record<MappingField, string>> = {
  customerId: 'A customer id or an e-mail (or both).',
  customerEmail: 'A customer id or an e-mail (or both).',
  total: 'The order total, or quantity and unit price.',
  quantity: 'With unit price: line total = quantity × unit price.',
  unitPrice: 'With quantity: line total = quantity × unit price.',
  status: 'Cancelled, voided or refunded orders are kept but are not purchases.',
};

const DELIMITER_NAMES: Record<string, string> = { ',': 'Comma-separated', ';': 'Semicolon-separated', '\t': 'Tab-separated' };

export interface MappingScreenProps {
  fileName: string;
  fileSize: string;
  preview: CsvPreviewView;
  timeZones: string[];
  presets: MappingPresetView[];
  onPresetSaved: (preset: MappingPresetView) => void;
  onConfirm: (choice: GenericImportChoice) => void;
  onCancel: () => void;
}

/** Asks how a generic CSV maps onto orders: one select per field, the dates' zone and format. */
export function MappingScreen(props: MappingScreenProps) {
  const { preview } = props;
  const [mapping, setMapping] = useState<ColumnMapping>(() => cleanMapping(preview.suggestedMapping));
  const [timezone, setTimezone] = useState('UTC');
  const [dateFormat, setDateFormat] = useState<DateFormat | 'auto' | ''>(
    preview.detectedDateFormat ?? (preview.ambiguousDates ? '' : 'auto'),
  );
  const [attempted, setAttempted] = useState(false);

  const problems = useMemo(() => {
    const list = validateMapping(preview.header, mapping).map((p) => ({ field: p.field as string | undefined, message: p.message }));
    if (dateFormat === '') {
      list.push({ field: 'dateFormat', message: 'Date format: the dates in this file can be read two ways; choose one' });
    }
    return list;
  }, [preview.header, mapping, dateFormat]);
  const problemFor = (field: string) => (attempted ? problems.find((p) => p.field === field)?.message ?? null : null);

  const samples = useMemo(() => firstValues(preview), [preview]);

  function setField(field: MappingField, column: string) {
    setMapping((previous) => {
      const next = { ...previous };
      if (column) next[field] = column;
      else delete next[field];
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (problems.length > 0 || dateFormat === '') return;
    props.onConfirm({ mapping, timezone, dateFormat });
  }

  function applyPreset(preset: MappingPresetView) {
    setMapping(cleanMapping(preset.mapping));
    if (preset.options.timezone && props.timeZones.includes(preset.options.timezone)) setTimezone(preset.options.timezone);
    const format = preset.options.dateFormat;
    if (format === 'auto' || (DATE_FORMATS as readonly string[]).includes(format ?? '')) setDateFormat(format as DateFormat | 'auto');
    setAttempted(true); // show at once what the preset does not fit in this file
  }

  const choice: GenericImportChoice | null = dateFormat === '' ? null : { mapping, timezone, dateFormat };

  const renderField = (field: MappingField) => {
    const column = mapping[field] ?? '';
    const missing = column !== '' && !preview.header.includes(column);
    const sample = column ? samples.get(column) : undefined;
    return (
      <Field
        key={field}
        label={FIELD_LABELS[field]}
        error={problemFor(field)}
        hint={sample ? <span className="block truncate">e.g. {sample}</span> : FIELD_HINTS[field]}
      >
        {(control) => (
          <Select {...control} value={column} onChange={(event) => setField(field, event.target.value)} data-field={field}>
            <option value="">— not in this file —</option>
            {missing && <option value={column}>{column} (not in this file)</option>}
            {preview.header.map((name, index) => (
              <option key={`${name}-${index}`} value={name}>
                {name}
              </option>
            ))}
          </Select>
        )}
      </Field>
    );
  };

  return (
    <section className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200" aria-labelledby="mapping-title" data-testid="mapping-screen">
      <div className="flex flex-wrap items-start justify-between gap-4 border-b border-slate-100 px-5 py-4">
        <div className="min-w-0">
          <h3 id="mapping-title" className="text-[15px] font-semibold text-slate-900">
            Match the columns of <span className="break-all">{props.fileName}</span>
          </h3>
          <p className="mt-1 text-[13px] text-slate-500">
            {DELIMITER_NAMES[preview.delimiter] ?? `Separated by “${preview.delimiter}”`} · {preview.encoding} · {props.fileSize} ·{' '}
            {preview.header.length} columns. The suggestions come from the column names; check each one.
          </p>
        </div>
        <MappingPresets presets={props.presets} choice={choice} onApply={applyPreset} onSaved={props.onPresetSaved} />
      </div>

      {/* The presets' dialog holds a form of its own, so this form starts below the header. */}
      <form onSubmit={submit} noValidate aria-label="Column mapping">
        <div className="space-y-6 px-5 py-5">
          <fieldset>
            <legend className="text-sm font-medium text-slate-900">Order, customer and amount</legend>
            <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{REQUIRED_GROUP.map(renderField)}</div>
          </fieldset>
          <fieldset>
            <legend className="text-sm font-medium text-slate-900">
              Details <span className="font-normal text-slate-500">(optional)</span>
            </legend>
            <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{OPTIONAL_GROUP.map(renderField)}</div>
          </fieldset>
          <fieldset>
            <legend className="text-sm font-medium text-slate-900">Dates</legend>
            <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <Field label="Time zone" hint="For dates written without a UTC offset.">
                {(control) => (
                  <Select {...control} value={timezone} onChange={(event) => setTimezone(event.target.value)} data-field="timezone">
                    {props.timeZones.map((zone) => (
                      <option key={zone} value={zone}>
                        {zone}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field
                label="Date format"
                error={problemFor('dateFormat')}
                hint={dateFormatHint(preview)}
              >
                {(control) => (
                  <Select
                    {...control}
                    value={dateFormat}
                    onChange={(event) => setDateFormat(event.target.value as DateFormat | 'auto' | '')}
                    data-field="dateFormat"
                  >
                    {dateFormat === '' && <option value="">Choose…</option>}
                    <option value="auto">Detect from the data</option>
                    {DATE_FORMATS.map((format) => (
                      <option key={format} value={format}>
                        {DATE_FORMAT_LABELS[format]}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </div>
          </fieldset>

          <section aria-labelledby="preview-title">
            <h4 id="preview-title" className="text-sm font-medium text-slate-900">
              First {preview.rows.length} rows
            </h4>
            <div className="mt-3">
              <PreviewTable header={preview.header} rows={preview.rows} mapping={mapping} />
            </div>
          </section>
        </div>

        <div className="flex flex-wrap items-center justify-between gap-3 rounded-b-xl border-t border-slate-100 bg-slate-50 px-5 py-3">
          <div className="min-w-0 flex-1 text-[13px]" aria-live="polite">
            {attempted && problems.length > 0 ? (
              <ul className="space-y-0.5 text-rose-700" role="alert" data-testid="mapping-problems">
                {problems.map((p) => (
                  <li key={p.message}>{p.message}</li>
                ))}
              </ul>
            ) : (
              <span className="text-slate-500">Rows that cannot be read are skipped and listed, with the reason, after the import.</span>
            )}
          </div>
          <div className="flex gap-2">
            <Button variant="secondary" onClick={props.onCancel}>
              Cancel
            </Button>
            <Button type="submit" variant="primary">
              Import
            </Button>
          </div>
        </div>
      </form>
    </section>
  );
}

/** Drops empty entries so "not mapped" is always simply absent. */
function cleanMapping(mapping: ColumnMapping): ColumnMapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, column]) => typeof column === 'string' && column !== '')) as ColumnMapping;
}

/** The first non-empty value of each column, shown as an example under its select. */
function firstValues(preview: CsvPreviewView): Map<string, string> {
  const values = new Map<string, string>();
  preview.header.forEach((column, index) => {
    const value = preview.rows.find((row) => (row[index] ?? '').trim() !== '')?.[index];
    if (value !== undefined && !values.has(column)) values.set(column, value.trim());
  });
  return values;
}

function dateFormatHint(preview: CsvPreviewView): string {
  if (preview.ambiguousDates) return 'Every date here has day and month ≤ 12, so the data cannot tell which comes first.';
  if (preview.detectedDateFormat) return 'Detected from the data.';
  return 'Detected from the whole file while importing.';
}
