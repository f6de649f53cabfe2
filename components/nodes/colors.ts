import type { Color } from '@/lib/journey/schema';

/** Tailwind classes per colour choice; written out in full so Tailwind sees them. */
export const LANE_COLORS: Record<Color, { header: string; body: string; border: string; dot: string; text: string }> = {
  slate: { header: 'bg-slate-100', body: 'bg-slate-50/60', border: 'border-slate-200', dot: 'bg-slate-400', text: 'text-slate-800' },
  blue: { header: 'bg-sky-100', body: 'bg-sky-50/50', border: 'border-sky-200', dot: 'bg-sky-500', text: 'text-sky-950' },
  teal: { header: 'bg-teal-100', body: 'bg-teal-50/50', border: 'border-teal-200', dot: 'bg-teal-500', text: 'text-teal-950' },
  green: { header: 'bg-emerald-100', body: 'bg-emerald-50/50', border: 'border-emerald-200', dot: 'bg-emerald-500', text: 'text-emerald-950' },
  amber: { header: 'bg-amber-100', body: 'bg-amber-50/50', border: 'border-amber-200', dot: 'bg-amber-500', text: 'text-amber-950' },
  rose: { header: 'bg-rose-100', body: 'bg-rose-50/50', border: 'border-rose-200', dot: 'bg-rose-500', text: 'text-rose-950' },
  violet: { header: 'bg-violet-100', body: 'bg-violet-50/50', border: 'border-violet-200', dot: 'bg-violet-500', text: 'text-violet-950' },
};

export const NOTE_COLORS: Record<Color, string> = {
  slate: 'bg-slate-100 border-slate-300',
  blue: 'bg-sky-100 border-sky-300',
  teal: 'bg-teal-100 border-teal-300',
  green: 'bg-emerald-100 border-emerald-300',
  amber: 'bg-amber-100 border-amber-300',
  rose: 'bg-rose-100 border-rose-300',
  violet: 'bg-violet-100 border-violet-300',
};

export const COLOR_LABELS: Record<Color, string> = {
  slate: 'Grey',
  blue: 'Blue',
  teal: 'Teal',
  green: 'Green',
  amber: 'Yellow',
  rose: 'Rose',
  violet: 'Violet',
};

/** For the colour picker swatches. */
export const SWATCHES: Record<Color, string> = {
  slate: 'bg-slate-300',
  blue: 'bg-sky-300',
  teal: 'bg-teal-300',
  green: 'bg-emerald-300',
  amber: 'bg-amber-300',
  rose: 'bg-rose-300',
  violet: 'bg-violet-300',
};
