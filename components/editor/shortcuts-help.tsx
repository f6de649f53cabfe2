'use client';

import { useMemo, useRef, useSyncExternalStore } from 'react';
import { PopoverPanel, useDismiss } from '@/components/ui/Popover';
import { SHORTCUTS } from './shortcuts';

const subscribeNever = () => () => {};
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The keyboard shortcuts, in a popover under the header's "?" button. */
export function ShortcutsHelp({ open, onToggle, onClose }: { open: boolean; onToggle: () => void; onClose: () => void }) {
  const mac = useSyncExternalStore(subscribeNever, isMac, () => false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const refs = useMemo(() => [triggerRef, panelRef], []);
  useDismiss(open, onClose, refs, triggerRef);
  return (
    <div className="relative">
      <button
        ref={triggerRef}
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={onToggle}
        className="flex size-8 items-center justify-center rounded-lg text-[14px] font-semibold text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        ?
      </button>
      <PopoverPanel open={open} ref={panelRef} role="dialog" aria-label="Keyboard shortcuts" className="w-80 p-3">
        <p className="mb-2 text-[13px] font-semibold text-slate-900">Keyboard shortcuts</p>
        <dl className="space-y-1.5">
          {SHORTCUTS.map((s) => (
            <div key={s.does} className="flex items-center justify-between gap-3 text-[13px]">
              <dt className="text-slate-600">{s.does}</dt>
              <dd className="flex shrink-0 gap-1">
                {s.keys.map((k) => (
                  <kbd key={k} className="min-w-6 rounded border border-slate-200 bg-slate-50 px-1.5 py-0.5 text-center font-sans text-[11.5px] text-slate-700 shadow-[0_1px_0_rgb(226,232,240)]">
                    {k === 'Mod' ? (mac ? '⌘' : 'Ctrl') : k}
                  </kbd>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </PopoverPanel>
    </div>
  );
}
