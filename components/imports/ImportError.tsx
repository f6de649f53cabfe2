import { AlertIcon } from '@/components/ui/icons';

/** A refused or failed import: which file, what is wrong (row and column when known). */
export function ImportError({ fileName, message, note }: { fileName: string; message: string; note?: string }) {
  return (
    <div role="alert" className="flex gap-3 rounded-xl bg-rose-50 px-4 py-3 ring-1 ring-rose-200 ring-inset" data-testid="import-error">
      <AlertIcon className="mt-0.5 size-4 shrink-0 text-rose-600" />
      <div className="min-w-0 text-sm">
        <p className="font-medium break-all text-rose-800">{fileName} could not be imported</p>
        <p className="mt-0.5 break-words whitespace-pre-line text-rose-700">{message}</p>
        {note && <p className="mt-1 text-[13px] text-rose-600/90">{note}</p>}
      </div>
    </div>
  );
}
