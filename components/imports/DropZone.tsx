'use client';

import { useRef, useState, type DragEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import { formatBytes } from '@/lib/format/numbers';

export interface DropZoneProps {
  onFile: (file: File) => void;
  maxBytes: number;
  disabled?: boolean;
}

/** Where an order export is dropped, or picked with the file dialog. */
export function DropZone({ onFile, maxBytes, disabled = false }: DropZoneProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  // dragenter/dragleave fire for every child crossed; count them to know when we really left.
  const depth = useRef(0);
  const [dragging, setDragging] = useState(false);

  function hasFiles(event: DragEvent) {
    return Array.from(event.dataTransfer.types).includes('Files');
  }

  return (
    <div
      data-testid="drop-zone"
      onDragEnter={(event) => {
        if (disabled || !hasFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (disabled || !hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(event) => {
        if (disabled) return;
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
      className={cn(
        'flex flex-col items-center justify-center rounded-xl border-2 border-dashed px-6 py-10 text-center transition-colors',
        dragging ? 'border-indigo-500 bg-indigo-50/60' : 'border-slate-300 bg-white',
        disabled && 'opacity-60',
      )}
    >
      <svg aria-hidden viewBox="0 0 24 24" className="size-8 text-slate-400" fill="none" stroke="currentColor" strokeWidth={1.5}>
        <path d="M12 15V4m0 0L8 8m4-4 4 4" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <p className="mt-3 text-sm font-medium text-slate-900">{dragging ? 'Drop to import' : 'Drop an order export here'}</p>
      <p className="mt-1 max-w-md text-[13px] text-slate-500">
        Shopify&apos;s order export is imported as it is; any other CSV is matched column by column first. Up to{' '}
        {formatBytes(maxBytes)}.
      </p>
      <Button className="mt-4" onClick={() => inputRef.current?.click()} disabled={disabled}>
        Choose a file…
      </Button>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        className="sr-only"
        tabIndex={-1}
        aria-label="Order export file (CSV)"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clear it so choosing the same file again still counts as a change.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
