'use client';

import { useState } from 'react';
import type { MilestoneCondition, MilestoneWindow, NodeOfKind } from '@/lib/journey/schema';
import type { EditorActions } from '@/lib/store/editor-store';
import type { ValidationProblem } from '@/lib/journey/validate';
import { Field } from '@/components/ui/Field';
import { Input } from '@/components/ui/Input';
import { Select } from '@/components/ui/Select';
import { CONDITION_LABELS } from '@/components/nodes/describe';
import { NumberField, Section, SelectField, TextField } from './fields';

type Props = { node: NodeOfKind<'milestone'>; actions: EditorActions };

const CONDITION_OPTIONS = (Object.keys(CONDITION_LABELS) as MilestoneCondition['type'][]).map((value) => ({ value, label: CONDITION_LABELS[value] }));

/** A new condition of the given type, carrying over what still makes sense. */
function conditionOfType(type: MilestoneCondition['type']): MilestoneCondition {
  switch (type) {
    case 'nthPurchase':
      return { type, n: 2 };
    case 'product':
      return { type, field: 'product', match: 'contains', value: '' };
    case 'discount':
      return { type, code: '' };
    case 'amountOver':
      return { type, amount: 100 };
    case 'anyPurchaseAfterPrevious':
      return { type };
  }
}

type WindowChoice = 'none' | MilestoneWindow['type'];
const WINDOW_OPTIONS: ReadonlyArray<{ value: WindowChoice; label: string }> = [
  { value: 'none', label: 'No ideal window' },
  { value: 'byDay', label: 'By day N after the first order' },
  { value: 'afterPrevious', label: 'Within N days of the previous milestone' },
];

export function MilestoneFields({ node, actions }: Props) {
  const write = (patch: Record<string, unknown>) => actions.updateNodeData(node.id, patch);
  const d = node.data;
  return (
    <>
      <Section>
        <TextField label="Title" value={d.title} onCommit={(title) => write({ title })} />
        <TextField label="Description" value={d.description} multiline rows={2} onCommit={(description) => write({ description })} />
      </Section>
      <Section title="Reached when the customer places">
        <ConditionEditor key={d.condition.type} condition={d.condition} onCommit={(condition) => write({ condition })} />
      </Section>
      <Section title="Ideal timing">
        <SelectField
          label="Ideal window"
          value={d.window?.type ?? 'none'}
          options={WINDOW_OPTIONS}
          onChange={(choice) => write({ window: choice === 'none' ? null : { type: choice, days: d.window?.days ?? 30 } })}
        />
        {d.window && (
          <NumberField
            key={d.window.type}
            label={d.window.type === 'byDay' ? 'By day' : 'Within'}
            value={d.window.days}
            min={0}
            suffix="days"
            onCommit={(days) => write({ window: { type: d.window!.type, days } })}
          />
        )}
        <NumberField
          label="Target share of customers"
          value={d.targetShare === null ? null : Math.round(d.targetShare * 1000) / 10}
          optional
          min={0}
          max={100}
          step={1}
          suffix="%"
          placeholder="No target"
          hint="How many customers should reach this milestone within the window."
          onCommit={(percent) => {
            if (percent !== null && (percent < 0 || percent > 100)) return [{ path: 'targetShare', message: 'between 0 and 100 %' }];
            return write({ targetShare: percent === null ? null : percent / 100 });
          }}
        />
      </Section>
    </>
  );
}

/** The condition's own fields. A condition the schema refuses (an empty product) stays a draft here. */
function ConditionEditor({ condition, onCommit }: { condition: MilestoneCondition; onCommit: (c: MilestoneCondition) => ValidationProblem[] }) {
  const [draft, setDraft] = useState<MilestoneCondition | null>(null);
  const [problems, setProblems] = useState<ValidationProblem[]>([]);
  const shown = draft ?? condition;

  function change(next: MilestoneCondition): ValidationProblem[] {
    const found = onCommit(next);
    setProblems(found);
    setDraft(found.length > 0 ? next : null);
    return found;
  }
  const errorOf = (field: string) => problems.find((p) => p.path === `condition.${field}` || p.path === 'condition')?.message ?? null;

  return (
    <div className="space-y-4">
      <SelectField label="Condition" value={shown.type} options={CONDITION_OPTIONS} onChange={(type) => change(conditionOfType(type))} />
      {shown.type === 'nthPurchase' && (
        <NumberField label="Order number" value={shown.n} min={1} max={100} hint="1 is the first order, 2 the second…" onCommit={(n) => change({ type: 'nthPurchase', n: n ?? 1 })} />
      )}
      {shown.type === 'product' && (
        <>
          <div className="grid grid-cols-2 gap-2">
            <Field label="Match on">
              {(p) => (
                <Select {...p} value={shown.field} onChange={(e) => change({ ...shown, field: e.target.value as 'product' | 'sku' | 'category' })}>
                  <option value="product">Product name</option>
                  <option value="sku">SKU</option>
                  <option value="category">Category</option>
                </Select>
              )}
            </Field>
            <Field label="How">
              {(p) => (
                <Select {...p} value={shown.match} onChange={(e) => change({ ...shown, match: e.target.value as 'contains' | 'equals' })}>
                  <option value="contains">contains</option>
                  <option value="equals">equals</option>
                </Select>
              )}
            </Field>
          </div>
          <Field label="Value" error={errorOf('value')}>
            {(p) => <Input {...p} value={shown.value} placeholder="e.g. Starter kit" onChange={(e) => change({ ...shown, value: e.target.value })} />}
          </Field>
        </>
      )}
      {shown.type === 'discount' && (
        <Field label="Discount code" hint="Leave empty for any discount code." error={errorOf('code')}>
          {(p) => <Input {...p} value={shown.code} placeholder="Any code" onChange={(e) => change({ ...shown, code: e.target.value })} />}
        </Field>
      )}
      {shown.type === 'amountOver' && (
        <NumberField label="Order total over" value={shown.amount} min={0} step={1} onCommit={(amount) => change({ type: 'amountOver', amount: amount ?? 0 })} />
      )}
    </div>
  );
}
