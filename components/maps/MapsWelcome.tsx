'use client';

import { Button } from '@/components/ui/Button';
import { ArrowRightIcon } from '@/components/ui/icons';
import { cn } from '@/components/ui/cn';
import { TEMPLATES } from '@/lib/journey/templates';
import { TemplatePreview } from './TemplatePreview';

interface MapsWelcomeProps {
  onStartWorkshop: () => void;
  onChooseTemplate: () => void;
  starting: boolean;
  /** Shown above a list that holds only the demo store's map: no preview, a pointer to that map instead. */
  aboveDemoMap?: boolean;
}

const workshop = TEMPLATES.find((t) => t.id === 'workshop')!;

/** What a first-time user sees: what Loopmap is, and the workshop as the way in. */
export function MapsWelcome({ onStartWorkshop, onChooseTemplate, starting, aboveDemoMap = false }: MapsWelcomeProps) {
  return (
    <section
      aria-labelledby="welcome-title"
      className={cn('mx-auto flex max-w-3xl flex-col items-center px-6 text-center', aboveDemoMap ? 'pt-4 pb-12' : 'pt-16 pb-20 sm:pt-20')}
    >
      <p className="text-[13px] font-semibold tracking-wide text-indigo-600 uppercase">Welcome to Loopmap</p>
      <h1 id="welcome-title" className="mt-3 text-3xl font-semibold tracking-tight text-balance text-slate-900 sm:text-[34px] sm:leading-tight">
        Draw the journey of your ideal customer
      </h1>
      <p className="mt-4 max-w-xl text-base leading-relaxed text-pretty text-slate-600">
        Loopmap maps the journey of your ideal customer and shows how your real customers compare.
      </p>
      <div className="mt-8 flex flex-col items-center gap-3 sm:flex-row">
        <Button variant="primary" size="lg" onClick={onStartWorkshop} busy={starting}>
          Start the ideal customer workshop
          {!starting && <ArrowRightIcon />}
        </Button>
        <Button variant="ghost" size="lg" onClick={onChooseTemplate} disabled={starting}>
          Choose another template
        </Button>
      </div>

      {aboveDemoMap ? (
        <p className="mt-6 max-w-lg text-[13px] leading-relaxed text-pretty text-slate-500" data-testid="welcome-demo-hint">
          Or open the demo map below first: it is linked to a demo store with 18 months of orders, so you can see at once how
          real customers compare with an ideal journey.
        </p>
      ) : (
        <figure className="mt-14 w-full">
          <div className="rounded-2xl bg-white p-3 shadow-sm ring-1 ring-slate-200">
            <div className="rounded-xl bg-slate-50 px-4 py-5 ring-1 ring-slate-100">
              <TemplatePreview template="workshop" className="mx-auto h-52 w-full sm:h-64" />
            </div>
          </div>
          <figcaption className="mx-auto mt-4 max-w-lg text-[13px] leading-relaxed text-slate-500">
            <span className="font-medium text-slate-700">{workshop.name}.</span> {workshop.description}
          </figcaption>
        </figure>
      )}
    </section>
  );
}
