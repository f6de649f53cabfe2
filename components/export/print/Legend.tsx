import { FEELINGS } from '@/components/nodes/describe';
import { PAGE_LAYOUT } from '@/lib/export/page';
import { TONE_LABELS, type TargetTone } from '@/lib/format/compare';
import { TONE_CLASSES } from '@/components/compare/tones';

function Swatch({ className }: { className: string }) {
  return <span className={`inline-block h-[8pt] w-[14pt] rounded-[2pt] border ${className}`} aria-hidden />;
}

const COMPARE_TONES: TargetTone[] = ['good', 'close', 'behind'];

/**
 * The key under the overview map: what each kind of card, line and badge means. With the
 * actual-data overlay, the milestone colours and arrow widths take the place of the
 * day and feeling keys, so the legend stays one line.
 */
export function Legend({ compared = false }: { compared?: boolean }) {
  return (
    <footer
      className="flex items-center gap-x-[12pt] border-t border-slate-200 pt-[6pt] text-[7.5pt] whitespace-nowrap text-slate-600"
      style={{ height: `${PAGE_LAYOUT.legend}pt` }}
      aria-label="Legend"
    >
      <span className="font-semibold text-slate-800">Legend</span>
      <span className="flex items-center gap-[4pt]">
        <Swatch className="border-slate-300 bg-slate-100" /> Stage (lane)
      </span>
      <span className="flex items-center gap-[4pt]">
        <Swatch className="border-slate-300 bg-white" /> Touchpoint
      </span>
      <span className="flex items-center gap-[4pt]">
        <span className="inline-flex h-[8pt] w-[14pt] overflow-hidden rounded-[2pt] border border-indigo-200 bg-indigo-50" aria-hidden>
          <span className="w-[2pt] bg-indigo-500" />
        </span>
        Milestone
      </span>
      <span className="flex items-center gap-[4pt]">
        <Swatch className="border-violet-300 bg-violet-100" /> Persona
      </span>
      <span className="flex items-center gap-[4pt]">
        <Swatch className="border-amber-300 bg-amber-100" /> Note
      </span>
      <span className="flex items-center gap-[4pt]">
        <svg width="22" height="8" viewBox="0 0 22 8" aria-hidden>
          <path d="M1 4h16" stroke="#94a3b8" strokeWidth="1.5" fill="none" />
          <path d="M16 1l5 3-5 3z" fill="#94a3b8" />
        </svg>
        Next step <span className="font-medium text-indigo-700">+N d</span> expected days
      </span>
      {compared ? (
        <>
          {COMPARE_TONES.map((tone) => (
            <span key={tone} className="flex items-center gap-[4pt]">
              <span className={`inline-block h-[7pt] w-[12pt] rounded-full ring-1 ${TONE_CLASSES[tone]}`} aria-hidden />
              {TONE_LABELS[tone]}
            </span>
          ))}
          <span>Thicker arrow = more customers went on; % = share who dropped off</span>
        </>
      ) : (
        <>
          <span className="flex items-center gap-[4pt]">
            <span className="rounded-[2pt] bg-indigo-50 px-[3pt] font-medium text-indigo-700">Day N</span> after the first order
          </span>
          <span className="flex items-center gap-[3pt]">
            {FEELINGS.map((f) => (
              <span key={f.value} className={`inline-block size-[5pt] rounded-full ${f.bar}`} aria-hidden />
            ))}
            Feeling, frustrated → delighted
          </span>
        </>
      )}
    </footer>
  );
}
