import type { Ref, SelectHTMLAttributes } from 'react';
import { cn } from './cn';
import { controlClasses } from './Input';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  /** Either pass options or <option> children. */
  options?: readonly SelectOption[];
  ref?: Ref<HTMLSelectElement>;
}

/** A native select (keyboard and screen-reader support for free), styled like Input. */
export function Select({ className, options, children, ...rest }: SelectProps) {
  return (
    <div className="relative">
      <select className={cn(controlClasses, 'h-9 appearance-none pr-9', className)} {...rest}>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
      <svg
        aria-hidden
        viewBox="0 0 16 16"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-500"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <path d="M4.5 6.5 8 10l3.5-3.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </div>
  );
}
