'use client';

import { useState } from 'react';
import { useEditor, useEditorActions } from '@/lib/store/context';
import { selectMapName } from '@/lib/store/selectors';
import { cn } from '@/components/ui/cn';

/** The map's name in the header, editable in place; an empty name is refused and shown as such. */
export function MapNameInput() {
  const name = useEditor(selectMapName);
  const actions = useEditorActions();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="relative min-w-0">
      <input
        aria-label="Map name"
        data-testid="map-name"
        value={draft ?? name}
        aria-invalid={error ? true : undefined}
        title={error ? `Name: ${error}` : 'Rename the map'}
        onChange={(e) => {
          const problems = actions.setMapName(e.target.value);
          setDraft(problems.length > 0 ? e.target.value : null);
          setError(problems[0]?.message ?? null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'Escape') e.currentTarget.blur();
        }}
        onBlur={() => {
          setDraft(null);
          setError(null);
        }}
        className={cn(
          'w-[min(28rem,40vw)] truncate rounded-md border border-transparent bg-transparent px-2 py-1 text-[15px] font-semibold text-slate-900',
          'hover:border-slate-200 focus:border-transparent focus:bg-white focus:ring-2 focus:ring-indigo-600 focus:outline-none',
          error && 'ring-2 ring-rose-500',
        )}
      />
      {error && <p className="absolute top-full left-2 mt-0.5 text-[12px] text-rose-600">Name is {error}</p>}
    </div>
  );
}
