import type { InputHTMLAttributes, Ref } from 'react';
import { cn } from './cn';

/** The look every text-like control shares, so inputs, textareas and selects line up. */
export const controlClasses = cn(
  'block w-full rounded-lg bg-white px-3 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300',
  'placeholder:text-slate-400 transition-shadow',
  'focus:outline-none focus:ring-2 focus:ring-indigo-600',
  'disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500',
  'aria-[invalid=true]:ring-rose-500 aria-[invalid=true]:focus:ring-rose-600',
);

export interface InputProps extends InputHTMLAttributes<HTMLInputElement> {
  ref?: Ref<HTMLInputElement>;
}

export function Input({ className, type = 'text', ...rest }: InputProps) {
  return <input type={type} className={cn(controlClasses, 'h-9', className)} {...rest} />;
}
