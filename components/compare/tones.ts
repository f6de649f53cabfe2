import type { TargetTone } from '@/lib/format/compare';

/** Badge colours per tone; written out in full so Tailwind sees them. */
export const TONE_CLASSES: Record<TargetTone, string> = {
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  close: 'bg-amber-50 text-amber-900 ring-amber-300',
  behind: 'bg-rose-50 text-rose-800 ring-rose-300',
  neutral: 'bg-slate-50 text-slate-700 ring-slate-300',
};
