'use client';

import { useId } from 'react';
import { TEMPLATES, type TemplateId } from '@/lib/journey/templates';
import { cn } from '@/components/ui/cn';
import { TemplatePreview } from './TemplatePreview';

interface TemplatePickerProps {
  value: TemplateId;
  onChange: (template: TemplateId) => void;
}

/**
 * Template cards as a native radio group: arrow keys move between them, and each card
 * shows the template's name, a one-line description and a thumbnail of the map it makes.
 */
export function TemplatePicker({ value, onChange }: TemplatePickerProps) {
  const name = useId();
  const labelId = useId();
  return (
    <fieldset>
      <legend id={labelId} className="mb-2 text-[13px] font-medium text-slate-700">
        Start from
      </legend>
      <div role="radiogroup" aria-labelledby={labelId} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {TEMPLATES.map((template) => {
          const checked = template.id === value;
          return (
            <label
              key={template.id}
              data-testid={`template-${template.id}`}
              className={cn(
                'group relative flex cursor-pointer flex-col overflow-hidden rounded-xl bg-white text-left ring-1 transition-shadow',
                'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600',
                checked ? 'shadow-sm ring-2 ring-indigo-600' : 'ring-slate-200 hover:ring-slate-300',
              )}
            >
              <input
                type="radio"
                name={name}
                value={template.id}
                checked={checked}
                onChange={() => onChange(template.id)}
                className="sr-only"
                data-autofocus={checked ? true : undefined}
              />
              <div className={cn('h-28 border-b px-3 py-2', checked ? 'border-indigo-100 bg-indigo-50/40' : 'border-slate-100 bg-slate-50')}>
                <TemplatePreview template={template.id} className="h-full w-full" />
              </div>
              <div className="flex items-start gap-3 px-4 py-3">
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-semibold text-slate-900">{template.name}</p>
                  <p className="mt-0.5 text-[13px] leading-snug text-slate-500">{template.description}</p>
                </div>
                <span
                  aria-hidden
                  className={cn(
                    'mt-0.5 flex size-4 shrink-0 items-center justify-center rounded-full ring-1 ring-inset',
                    checked ? 'bg-indigo-600 ring-indigo-600' : 'bg-white ring-slate-300',
                  )}
                >
                  {checked && <span className="size-1.5 rounded-full bg-white" />}
                </span>
              </div>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
