'use client';

import { useEffect, type ReactNode, type RefObject } from 'react';
import { cn } from './cn';

/**
 * Closes a floating panel on Escape (returning focus to its trigger) and on a press
 * anywhere outside the panel and its trigger.
 */
export function useDismiss(
  open: boolean,
  onDismiss: () => void,
  refs: ReadonlyArray<RefObject<HTMLElement | null>>,
  returnFocusTo?: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      const target = event.target as Node;
      if (refs.some((ref) => ref.current?.contains(target))) return;
      onDismiss();
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onDismiss();
      returnFocusTo?.current?.focus();
    }
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [open, onDismiss, refs, returnFocusTo]);
}

export interface PopoverPanelProps {
  open: boolean;
  /** Which edge of the trigger the panel lines up with. */
  align?: 'start' | 'end';
  side?: 'bottom' | 'top';
  className?: string;
  children: ReactNode;
  ref?: RefObject<HTMLDivElement | null>;
  id?: string;
  role?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  onKeyDown?: React.KeyboardEventHandler<HTMLDivElement>;
}

/**
 * A floating panel positioned against its nearest `relative` ancestor (wrap the trigger
 * and the panel in one). Used by Menu and by help or filter popovers.
 */
export function PopoverPanel({ open, align = 'end', side = 'bottom', className, children, ref, ...rest }: PopoverPanelProps) {
  if (!open) return null;
  return (
    <div
      ref={ref}
      className={cn(
        'absolute z-50 min-w-44 rounded-lg bg-white p-1 text-sm shadow-lg ring-1 ring-slate-900/10',
        side === 'bottom' ? 'top-full mt-1' : 'bottom-full mb-1',
        align === 'end' ? 'right-0' : 'left-0',
        className,
      )}
      {...rest}
    >
      {children}
    </div>
  );
}
