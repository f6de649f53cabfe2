'use client';

import { useState } from 'react';
import { CHANNELS, type NodeOfKind, type WorkshopQuestion } from '@/lib/journey/schema';
import type { EditorActions } from '@/lib/store/editor-store';
import { newId } from '@/lib/store/ids';
import type { ValidationProblem } from '@/lib/journey/validate';
import { Button } from '@/components/ui/Button';
import { IconButton } from '@/components/ui/IconButton';
import { Textarea } from '@/components/ui/Textarea';
import { CloseIcon, PlusIcon } from '@/components/ui/icons';
import { cn } from '@/components/ui/cn';
import { CHANNEL_LABELS, FEELINGS } from '@/components/nodes/describe';
import { NumberField, Section, SelectField, TextField } from './fields';

type Props = { node: NodeOfKind<'touchpoint'>; actions: EditorActions };

const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));

export function TouchpointFields({ node, actions }: Props) {
  const write = (patch: Record<string, unknown>) => actions.updateNodeData(node.id, patch);
  const d = node.data;
  return (
    <>
      <Section>
        <TextField label="Title" value={d.title} onCommit={(title) => write({ title })} />
        <SelectField label="Channel" value={d.channel} options={CHANNEL_OPTIONS} onChange={(channel) => write({ channel })} />
        <TextField label="Description" value={d.description} multiline rows={2} onCommit={(description) => write({ description })} />
      </Section>
      <Section title="The customer">
        <TextField label="Does" value={d.does} multiline rows={2} placeholder="What they do here" onCommit={(does) => write({ does })} />
        <TextField label="Thinks" value={d.thinks} multiline rows={2} placeholder="What goes through their mind" onCommit={(thinks) => write({ thinks })} />
        <TextField label="Feels" value={d.feels} multiline rows={2} placeholder="How it feels to them" onCommit={(feels) => write({ feels })} />
        <FeelingField value={d.feeling} name={`feeling-${node.id}`} onChange={(feeling) => write({ feeling })} />
      </Section>
      <Section title="Team and timing">
        <TextField label="Owner" value={d.owner} placeholder="Who looks after this" onCommit={(owner) => write({ owner })} />
        <NumberField
          label="Day after the first order"
          value={d.dayAfterFirstOrder}
          optional
          min={0}
          suffix="days"
          placeholder="Not tied to a day"
          hint="When this happens, counted from the first order. Leave empty if it is not tied to a day."
          onCommit={(dayAfterFirstOrder) => write({ dayAfterFirstOrder })}
        />
      </Section>
      <Section title="Workshop questions">
        <QuestionsEditor questions={d.questions} onCommit={(questions) => write({ questions })} />
      </Section>
    </>
  );
}

function FeelingField({ value, onChange, name }: { value: number; onChange: (v: number) => void; name: string }) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-[13px] font-medium text-slate-700">Feeling</legend>
      <div className="grid grid-cols-5 gap-1 rounded-lg bg-slate-100 p-1">
        {FEELINGS.map((f) => (
          <label key={f.value} className="relative cursor-pointer" title={f.label}>
            <input type="radio" name={name} value={f.value} checked={value === f.value} onChange={() => onChange(f.value)} className="peer sr-only" />
            <span
              className={cn(
                'flex flex-col items-center rounded-md py-1 text-[11px] leading-tight text-slate-500 transition-colors',
                'peer-checked:bg-white peer-checked:font-medium peer-checked:shadow-sm',
                'peer-focus-visible:outline-2 peer-focus-visible:outline-indigo-600',
                value === f.value && f.tone,
              )}
            >
              <span className="text-[13px] font-semibold tabular-nums">{f.value > 0 ? `+${f.value}` : f.value === 0 ? '0' : `−${-f.value}`}</span>
              {f.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Questions and answers, each its own card; the whole list is validated on every change. */
function QuestionsEditor({ questions, onCommit }: { questions: WorkshopQuestion[]; onCommit: (q: WorkshopQuestion[]) => ValidationProblem[] }) {
  const [draft, setDraft] = useState<WorkshopQuestion[] | null>(null);
  const [problems, setProblems] = useState<ValidationProblem[]>([]);
  const list = draft ?? questions;

  function change(next: WorkshopQuestion[]) {
    const found = onCommit(next);
    setProblems(found);
    setDraft(found.length > 0 ? next : null);
  }
  const problemAt = (i: number, field: string) => problems.find((p) => p.path === `questions[${i}].${field}`)?.message;

  return (
    <div className="space-y-3">
      {list.length === 0 && <p className="text-[13px] text-slate-500">Questions to answer together in a workshop. Add the first one below.</p>}
      {list.map((q, i) => {
        const qError = problemAt(i, 'question');
        const aError = problemAt(i, 'answer');
        return (
          <div key={q.id} className="space-y-2 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200 ring-inset" data-testid="workshop-question">
            <div className="flex items-start gap-2">
              <label className="sr-only" htmlFor={`q-${q.id}`}>
                Question {i + 1}
              </label>
              <Textarea
                id={`q-${q.id}`}
                rows={2}
                value={q.question}
                aria-invalid={qError ? true : undefined}
                placeholder="The question"
                className="font-medium"
                onChange={(e) => change(list.map((x) => (x.id === q.id ? { ...x, question: e.target.value } : x)))}
              />
              <IconButton label={`Remove question ${i + 1}`} size="sm" icon={<CloseIcon className="size-3.5" />} onClick={() => change(list.filter((x) => x.id !== q.id))} />
            </div>
            {qError && <p role="alert" className="text-[13px] text-rose-600">{qError}</p>}
            <label className="sr-only" htmlFor={`a-${q.id}`}>
              Answer to question {i + 1}
            </label>
            <Textarea
              id={`a-${q.id}`}
              rows={2}
              value={q.answer}
              aria-invalid={aError ? true : undefined}
              placeholder="Your answer"
              onChange={(e) => change(list.map((x) => (x.id === q.id ? { ...x, answer: e.target.value } : x)))}
            />
            {aError && <p role="alert" className="text-[13px] text-rose-600">{aError}</p>}
          </div>
        );
      })}
      {problems.find((p) => p.path === 'questions') && <p role="alert" className="text-[13px] text-rose-600">{problems.find((p) => p.path === 'questions')!.message}</p>}
      <Button size="sm" onClick={() => change([...list, { id: newId('q'), question: 'New question', answer: '' }])}>
        <PlusIcon /> Add question
      </Button>
    </div>
  );
}
