'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { cn } from './cn';
import { IconButton } from './IconButton';
import { AlertIcon, CheckIcon, CloseIcon } from './icons';

export type ToastTone = 'neutral' | 'success' | 'error';

export interface ToastInput {
  title: string;
  description?: string;
  tone?: ToastTone;
  /** Milliseconds before it goes away by itself; errors stay a little longer by default. */
  duration?: number;
}

interface ToastItem extends Required<Omit<ToastInput, 'description'>> {
  id: number;
  description?: string;
}

type ShowToast = (toast: ToastInput) => void;

const ToastContext = createContext<ShowToast | null>(null);

/** Shows short, self-dismissing messages ("Map duplicated") in a polite live region. */
export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast must be used inside <ToastProvider>');
  return show;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback<ShowToast>((input) => {
    const tone = input.tone ?? 'neutral';
    const item: ToastItem = {
      id: nextId.current++,
      title: input.title,
      description: input.description,
      tone,
      duration: input.duration ?? (tone === 'error' ? 7000 : 5000),
    };
    // Keep at most three on screen; the oldest make way.
    setToasts((list) => [...list.slice(-2), item]);
  }, []);

  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div
        aria-live="polite"
        aria-relevant="additions"
        className="pointer-events-none fixed right-4 bottom-4 z-[60] flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2"
      >
        {toasts.map((toast) => (
          <ToastView key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, onDismiss }: { toast: ToastItem; onDismiss: (id: number) => void }) {
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(toast.id), toast.duration);
    return () => clearTimeout(timer);
  }, [toast.id, toast.duration, onDismiss]);

  return (
    <div
      role={toast.tone === 'error' ? 'alert' : 'status'}
      className="pointer-events-auto flex items-start gap-3 rounded-lg bg-white py-3 pr-2 pl-3.5 shadow-lg ring-1 ring-slate-900/10"
    >
      <span
        className={cn(
          'mt-0.5',
          toast.tone === 'success' && 'text-emerald-600',
          toast.tone === 'error' && 'text-rose-600',
          toast.tone === 'neutral' && 'text-slate-400',
        )}
      >
        {toast.tone === 'error' ? <AlertIcon /> : <CheckIcon />}
      </span>
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium text-slate-900">{toast.title}</p>
        {toast.description && <p className="mt-0.5 text-[13px] text-slate-500">{toast.description}</p>}
      </div>
      <IconButton label="Dismiss" size="sm" icon={<CloseIcon className="size-3.5" />} onClick={() => onDismiss(toast.id)} />
    </div>
  );
}
