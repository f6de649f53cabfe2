'use client';

import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from './cn';
import { PopoverPanel, useDismiss } from './Popover';

export interface MenuItem {
  id: string;
  label: string;
  icon?: ReactNode;
  tone?: 'default' | 'danger';
  disabled?: boolean;
  onSelect: () => void;
}

export interface MenuProps {
  /** Renders the trigger; spread the given props onto a button. */
  trigger: (props: MenuTriggerProps) => ReactNode;
  items: readonly MenuItem[];
  align?: 'start' | 'end';
  label: string;
}

export interface MenuTriggerProps {
  ref: React.RefObject<HTMLButtonElement | null>;
  'aria-haspopup': 'menu';
  'aria-expanded': boolean;
  'aria-controls': string | undefined;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/**
 * An action menu following the WAI-ARIA menu button pattern: Enter/Space/ArrowDown opens it
 * with focus on the first item, arrows/Home/End move, Escape or Tab closes, Enter picks.
 */
export function Menu({ trigger, items, align = 'end', label }: MenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const refs = useMemo(() => [triggerRef, panelRef], []);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, refs, triggerRef);

  function focusItem(index: number) {
    const buttons = panelRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])');
    if (!buttons || buttons.length === 0) return;
    buttons[(index + buttons.length) % buttons.length].focus();
  }

  function openAndFocus(index: number) {
    setOpen(true);
    // The panel mounts on the next render.
    requestAnimationFrame(() => focusItem(index));
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = Array.from(panelRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? []);
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') focusItem(current + 1);
    else if (event.key === 'ArrowUp') focusItem(current - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(-1);
    else if (event.key === 'Tab') close();
    else return;
    event.preventDefault();
  }

  return (
    <div className="relative inline-flex">
      {trigger({
        ref: triggerRef,
        'aria-haspopup': 'menu',
        'aria-expanded': open,
        'aria-controls': open ? menuId : undefined,
        onClick: () => (open ? close() : openAndFocus(0)),
        onKeyDown: (event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            openAndFocus(0);
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            openAndFocus(-1);
          }
        },
      })}
      <PopoverPanel open={open} align={align} ref={panelRef} id={menuId} role="menu" aria-label={label} onKeyDown={onMenuKeyDown}>
        {items.map((item) => (
          <button
            key={item.id}
            type="button"
            role="menuitem"
            tabIndex={-1}
            disabled={item.disabled}
            onClick={() => {
              close();
              triggerRef.current?.focus();
              item.onSelect();
            }}
            className={cn(
              'flex w-full items-center gap-2.5 rounded-md px-2.5 py-1.5 text-left text-sm outline-none',
              'disabled:cursor-not-allowed disabled:opacity-50',
              item.tone === 'danger'
                ? 'text-rose-700 hover:bg-rose-50 focus:bg-rose-50'
                : 'text-slate-700 hover:bg-slate-100 focus:bg-slate-100',
            )}
          >
            {item.icon && <span className={item.tone === 'danger' ? 'text-rose-500' : 'text-slate-400'}>{item.icon}</span>}
            {item.label}
          </button>
        ))}
      </PopoverPanel>
    </div>
  );
}
