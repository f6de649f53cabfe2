import { SAVE_LABEL_TEXT, type SaveLabel } from '@/lib/store/save-status';
import { cn } from '@/components/ui/cn';

const DOT: Record<SaveLabel, string> = {
  saved: 'bg-emerald-500',
  saving: 'bg-amber-400 animate-pulse',
  offline: 'bg-slate-400',
};

/** Whether the user's changes are safe: Saved / Saving… / Offline — changes kept. */
export function SaveStatusBadge({ status }: { status: SaveLabel }) {
  return (
    <span
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-status={status}
      className={cn(
        'inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-[12px] font-medium whitespace-nowrap',
        status === 'offline' ? 'bg-slate-100 text-slate-700' : 'text-slate-500',
      )}
    >
      <span className={cn('size-1.5 rounded-full', DOT[status])} aria-hidden />
      {SAVE_LABEL_TEXT[status]}
    </span>
  );
}
