'use client';

import { Panel } from '@xyflow/react';
import { TONE_LABELS, type TargetTone } from '@/lib/format/compare';
import { selectShowsActual } from '@/lib/store/compare-store';
import { cn } from '@/components/ui/cn';
import { useOptionalCompare } from './context';
import { TONE_CLASSES } from './tones';

const TONES: TargetTone[] = ['good', 'close', 'behind', 'neutral'];

/**
 * What the colours, widths and numbers on the map mean (Actual and Both only). A
 * disclosure, closed at first: open, it would cover the last stage of the map.
 */
export function CompareLegend() {
  const shows = useOptionalCompare(selectShowsActual);
  if (!shows) return null;
  return (
    <Panel position="top-right" className="!m-3">
      <details data-testid="compare-legend" className="group w-60 rounded-lg bg-white/95 text-[11.5px] text-slate-600 shadow-md ring-1 ring-slate-900/10 open:pb-3">
        <summary className="flex cursor-pointer list-none items-center justify-between rounded-lg px-3 py-2 text-[11px] font-semibold tracking-wide text-slate-500 uppercase hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600">
          What the figures mean
          <span aria-hidden className="transition-transform group-open:rotate-180">▾</span>
        </summary>
        <div className="space-y-2 px-3">
          <h2 className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase">Milestones: on time vs target</h2>
          <ul className="space-y-1">
            {TONES.map((tone) => (
              <li key={tone} className="flex items-center gap-2">
                <span className={cn('h-3 w-5 shrink-0 rounded-full ring-1', TONE_CLASSES[tone])} aria-hidden />
                {TONE_LABELS[tone]}
              </li>
            ))}
          </ul>
          <p>
            <strong className="font-medium text-slate-800">48% on time · 120/250</strong>: of the customers watched for the whole
            window, how many reached it in time. Customers not watched long enough yet are left out.
          </p>
          <p>
            <strong className="font-medium text-slate-800">Arrows</strong>: thicker = more customers went on; the label is the
            share who have not (drop-off).
          </p>
          <p>Click any number to see the customers behind it.</p>
        </div>
      </details>
    </Panel>
  );
}
