import type { ReactNode } from 'react';
import { cn } from './cn';

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  /** Buttons or links offering the next step. */
  actions?: ReactNode;
  className?: string;
}

/** What a list or panel shows when there is nothing in it yet: what it is and what to do next. */
export function EmptyState({ title, description, icon, actions, className }: EmptyStateProps) {
  return (
    <div className={cn('flex flex-col items-center px-6 py-12 text-center', className)}>
      {icon && (
        <div className="mb-4 flex size-11 items-center justify-center rounded-xl bg-slate-100 text-slate-500" aria-hidden>
          {icon}
        </div>
      )}
      <h2 className="text-[15px] font-semibold text-slate-900">{title}</h2>
      {description && <p className="mt-1.5 max-w-sm text-sm text-slate-500">{description}</p>}
      {actions && <div className="mt-5 flex flex-wrap items-center justify-center gap-2">{actions}</div>}
    </div>
  );
}
