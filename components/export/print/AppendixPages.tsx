import { CHANNEL_LABELS, describeCondition, describeShare, describeWindow, feelingInfo } from '@/components/nodes/describe';
import type { Appendix, AppendixTouchpoint, MilestoneActual } from '@/lib/export/appendix';

/**
 * The appendix: every field the cards on the map are too small to show. It flows over
 * as many pages as it needs (the `appendix` @page has margins of its own).
 */

function Field({ label, text }: { label: string; text: string | null | undefined }) {
  if (text === null || text === undefined || text.trim() === '') return null;
  return (
    <div className="appendix-field grid grid-cols-[82pt_1fr] gap-x-[8pt]">
      <dt className="text-slate-500">{label}</dt>
      <dd className="whitespace-pre-line text-slate-800">{text}</dd>
    </div>
  );
}

function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

function actualFiguresText(actual: MilestoneActual): string {
  const median = actual.medianDay === null ? 'no median yet' : `median day ${actual.medianDay}`;
  return `${percent(actual.onTimeShare)} on time · reached by ${actual.reached.toLocaleString('en-US')} of ${actual.population.toLocaleString('en-US')} customers · ${median}`;
}

function TouchpointEntry({ touchpoint }: { touchpoint: AppendixTouchpoint }) {
  const feeling = feelingInfo(touchpoint.feeling);
  return (
    <article className="appendix-entry">
      <h4 className="text-[10pt] font-semibold text-slate-900">{touchpoint.title}</h4>
      <p className="mb-[3pt] text-[8pt] text-slate-500">
        {CHANNEL_LABELS[touchpoint.channel]} · feeling {feeling.label.toLowerCase()}
        {touchpoint.timing !== null && ` · day ${touchpoint.timing} after the first order`}
      </p>
      <dl className="space-y-[2pt]">
        <Field label="Description" text={touchpoint.description} />
        <Field label="Does" text={touchpoint.does} />
        <Field label="Thinks" text={touchpoint.thinks} />
        <Field label="Feels" text={touchpoint.feels} />
        <Field label="Owner" text={touchpoint.owner} />
        <Field label="Timing" text={touchpoint.timing === null ? null : `Day ${touchpoint.timing} after the first order`} />
      </dl>
      {touchpoint.questions.length > 0 && (
        <ol className="mt-[4pt] space-y-[3pt] border-l-2 border-indigo-100 pl-[8pt]">
          {touchpoint.questions.map((q) => (
            <li key={q.id}>
              <p className="font-medium text-slate-800">{q.question}</p>
              <p className={q.answer.trim() ? 'whitespace-pre-line text-slate-700' : 'text-slate-400 italic'}>{q.answer.trim() || 'Not answered yet'}</p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

export function AppendixPages({ appendix }: { appendix: Appendix }) {
  return (
    <section className="appendix text-[9pt] leading-snug text-slate-800" data-page="appendix">
      <h2 className="mb-[8pt] border-b border-slate-200 pb-[4pt] text-[15pt] font-semibold text-slate-900">Appendix</h2>

      {appendix.personas.length > 0 && (
        <div className="appendix-section">
          <h3 className="appendix-heading">{appendix.personas.length > 1 ? 'Personas' : 'Persona'}</h3>
          {appendix.personas.map((p) => (
            <article key={p.id} className="appendix-entry">
              <h4 className="text-[10pt] font-semibold text-slate-900">{p.title}</h4>
              <dl className="space-y-[2pt]">
                {p.fields.map((f) => (
                  <Field key={f.label} label={f.label} text={f.text} />
                ))}
              </dl>
            </article>
          ))}
        </div>
      )}

      {appendix.stages.length > 0 && (
        <div className="appendix-section">
          <h3 className="appendix-heading">Stages and touchpoints</h3>
          {appendix.stages.map((stage) => (
            <div key={stage.id ?? 'unstaged'} className="appendix-stage">
              <h4 className="text-[11pt] font-semibold text-slate-900">{stage.title}</h4>
              {stage.description && <p className="mb-[4pt] whitespace-pre-line text-slate-600">{stage.description}</p>}
              {stage.touchpoints.length === 0 ? (
                <p className="text-slate-400 italic">No touchpoints in this stage.</p>
              ) : (
                stage.touchpoints.map((t) => <TouchpointEntry key={t.id} touchpoint={t} />)
              )}
            </div>
          ))}
        </div>
      )}

      {appendix.milestones.length > 0 && (
        <div className="appendix-section">
          <h3 className="appendix-heading">Milestones</h3>
          {appendix.milestones.map((m) => (
            <article key={m.id} className="appendix-entry">
              <h4 className="text-[10pt] font-semibold text-slate-900">{m.title}</h4>
              <dl className="space-y-[2pt]">
                <Field label="Description" text={m.description} />
                <Field label="Confirmed by" text={describeCondition(m.condition)} />
                <Field label="Ideal window" text={describeWindow(m.window) ?? 'No window set'} />
                <Field label="Target" text={m.targetShare === null ? null : `${describeShare(m.targetShare)} of customers`} />
                {m.actual && <Field label="Actual" text={actualFiguresText(m.actual)} />}
              </dl>
            </article>
          ))}
        </div>
      )}

      {appendix.kpis && appendix.kpis.length > 0 && (
        <div className="appendix-section">
          <h3 className="appendix-heading">Store KPIs</h3>
          <dl className="space-y-[2pt]">
            {appendix.kpis.map((k) => (
              <Field key={k.label} label={k.label} text={k.value} />
            ))}
          </dl>
        </div>
      )}

      {appendix.notes.length > 0 && (
        <div className="appendix-section">
          <h3 className="appendix-heading">Notes</h3>
          {appendix.notes.map((n) => (
            <p key={n.id} className="appendix-entry whitespace-pre-line">
              {n.text}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
