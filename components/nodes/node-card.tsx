import type { ReactNode } from 'react';
import { NODE_SIZE } from '@/lib/journey/defaults';
import { cn } from '@/components/ui/cn';

/** The box every non-stage node is drawn in: one fixed size, so lanes line up. */
export function NodeCard({
  selected,
  className,
  children,
  testId,
}: {
  selected: boolean;
  className?: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div
      data-testid={testId}
      style={{ width: NODE_SIZE.width, height: NODE_SIZE.height }}
      className={cn(
        'flex flex-col overflow-hidden rounded-lg border text-left shadow-sm transition-shadow',
        selected ? 'ring-2 ring-indigo-500 ring-offset-1 shadow-md' : 'hover:shadow-md',
        className,
      )}
    >
      {children}
    </div>
  );
}

/** The small caption above a node's title: an icon and what kind of thing it is. */
export function KindCaption({ icon, label, right, className }: { icon: ReactNode; label: string; right?: ReactNode; className?: string }) {
  return (
    <div className={cn('flex items-center gap-1.5 text-[11px] font-medium tracking-wide text-slate-500 uppercase', className)}>
      <span className="flex size-4 items-center justify-center">{icon}</span>
      <span className="min-w-0 flex-1 truncate">{label}</span>
      {right}
    </div>
  );
}
