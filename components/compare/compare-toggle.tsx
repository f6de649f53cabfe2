'use client';

import { useRef, type KeyboardEvent } from 'react';
import { COMPARE_MODES, selectCompareActions, selectCompareMode, type CompareMode } from '@/lib/store/compare-store';
import { cn } from '@/components/ui/cn';
import { useCompare } from './context';

const LABELS: Record<CompareMode, string> = { ideal: 'Ideal', actual: 'Actual', both: 'Both' };
const TITLES: Record<CompareMode, string> = {
  ideal: 'The ideal journey only',
  actual: 'What real customers did, on the map',
  both: 'The ideal journey with what real customers did',
};

/** Ideal / Actual / Both: a radio group (arrow keys move between the choices). */
export function CompareToggle() {
  const mode = useCompare(selectCompareMode);
  const { setMode } = useCompare(selectCompareActions);
  const refs = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = COMPARE_MODES[(COMPARE_MODES.indexOf(mode) + step + COMPARE_MODES.length) % COMPARE_MODES.length];
    setMode(next);
    refs.current[COMPARE_MODES.indexOf(next)]?.focus();
  };

  return (
    <div role="radiogroup" aria-label="Show on the map" data-testid="compare-toggle" data-mode={mode} className="flex rounded-lg bg-slate-100 p-0.5" onKeyDown={onKeyDown}>
      {COMPARE_MODES.map((value, i) => (
        <button
          key={value}
          ref={(element) => {
            refs.current[i] = element;
          }}
          type="button"
          role="radio"
          aria-checked={mode === value}
          tabIndex={mode === value ? 0 : -1}
          title={TITLES[value]}
          data-testid={`compare-mode-${value}`}
          onClick={() => setMode(value)}
          className={cn(
            'rounded-md px-2.5 py-1 text-[13px] font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600',
            mode === value ? 'bg-white text-slate-900 shadow-sm ring-1 ring-slate-900/5' : 'text-slate-500 hover:text-slate-800',
          )}
        >
          {LABELS[value]}
        </button>
      ))}
    </div>
  );
}
