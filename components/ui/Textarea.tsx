import type { Ref, TextareaHTMLAttributes } from 'react';
import { cn } from './cn';
import { controlClasses } from './Input';

export interface TextareaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  ref?: Ref<HTMLTextAreaElement>;
}

export function Textarea({ className, rows = 3, ...rest }: TextareaProps) {
  return <textarea rows={rows} className={cn(controlClasses, 'resize-y py-2 leading-relaxed', className)} {...rest} />;
}
