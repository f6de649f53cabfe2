'use client';

import { Button } from '@/components/ui/Button';
import { KindIcon } from './kind-icons';
import { useAddAtCenter } from './palette';

/** What an empty map shows: how a journey map is built, and the first step. */
export function EmptyCanvas() {
  const addAtCenter = useAddAtCenter();
  return (
    <div className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center p-6">
      <div className="pointer-events-auto max-w-md rounded-xl bg-white/95 p-6 text-center shadow-lg ring-1 ring-slate-900/10 backdrop-blur">
        <div className="mx-auto mb-3 flex size-10 items-center justify-center rounded-xl bg-indigo-50 text-indigo-600">
          <KindIcon kind="stage" className="size-5" />
        </div>
        <h2 className="text-[15px] font-semibold text-slate-900">Draw your ideal customer’s journey</h2>
        <p className="mt-1.5 text-sm text-slate-600">
          Add a stage for each phase — discover, first visit, first order, after the order — then put touchpoints and milestones inside
          them and connect the steps.
        </p>
        <div className="mt-4 flex justify-center gap-2">
          <Button variant="primary" size="sm" onClick={() => addAtCenter('stage')}>
            Add a stage
          </Button>
          <Button size="sm" onClick={() => addAtCenter('touchpoint')}>
            Add a touchpoint
          </Button>
        </div>
        <p className="mt-3 text-[12px] text-slate-500">Tip: drag from the palette on the left to drop a step exactly where you want it.</p>
      </div>
    </div>
  );
}
