'use client';

import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { useOptionalCompare } from './context';

/**
 * A number that opens the list of customers behind it. Inside a node it must not start a
 * drag or select the node, hence `nodrag nopan` and the stopped click.
 */
export function FigureButton({
  figure,
  title,
  count,
  children,
  className,
  testId,
  label,
}: {
  /** kind:id:list, as the customers API takes it. */
  figure: string;
  /** The dialog's title. */
  title: string;
  count: number;
  children: ReactNode;
  className?: string;
  testId?: string;
  /** Accessible name when the visible text is only a number. */
  label?: string;
}) {
  const openList = useOptionalCompare((s) => s.actions.openList);
  return (
    <button
      type="button"
      data-testid={testId}
      data-figure={figure}
      aria-label={label}
      title={label ?? 'Show these customers'}
      onClick={(event) => {
        event.stopPropagation();
        openList({ figure, title, count });
      }}
      onDoubleClick={(event) => event.stopPropagation()}
      className={cn(
        'nodrag nopan cursor-pointer rounded-sm tabular-nums underline decoration-current/40 decoration-dotted underline-offset-2',
        'hover:decoration-current focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600',
        className,
      )}
    >
      {children}
    </button>
  );
}
