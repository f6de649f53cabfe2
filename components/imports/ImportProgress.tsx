import { formatBytes, formatCount, formatDuration, formatPercent } from '@/lib/format/numbers';

export interface ImportProgressProps {
  title: string;
  fileName: string;
  doneBytes: number;
  totalBytes: number;
  /** Rows read so far; absent while uploading. */
  rows?: number;
  secondsLeft: number | null;
  /** Shown for the time left when there is no estimate (default: "estimating…"). */
  noEstimate?: string;
  note?: string | null;
}

/** A labelled progress bar with rows, bytes and time left. */
export function ImportProgress({ title, fileName, doneBytes, totalBytes, rows, secondsLeft, noEstimate = 'estimating…', note }: ImportProgressProps) {
  const ratio = totalBytes > 0 ? Math.min(1, doneBytes / totalBytes) : 0;
  const percent = Math.round(ratio * 100);
  return (
    <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="import-progress">
      <div className="flex items-baseline justify-between gap-4">
        <p className="text-sm font-medium text-slate-900">
          {title} <span className="font-normal text-slate-500">{fileName}</span>
        </p>
        <p className="text-sm tabular-nums text-slate-600">{formatPercent(ratio, 0)}</p>
      </div>
      <div
        role="progressbar"
        aria-label={`${title} ${fileName}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-3 h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full rounded-full bg-indigo-600 transition-[width] duration-300" style={{ width: `${ratio * 100}%` }} />
      </div>
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-[13px] text-slate-600">
        {rows !== undefined && (
          <div className="flex gap-1.5">
            <dt>Rows</dt>
            <dd className="font-medium tabular-nums text-slate-900" data-testid="progress-rows">
              {formatCount(rows)}
            </dd>
          </div>
        )}
        <div className="flex gap-1.5">
          <dt>Read</dt>
          <dd className="font-medium tabular-nums text-slate-900">
            {formatBytes(doneBytes)} of {formatBytes(totalBytes)}
          </dd>
        </div>
        <div className="flex gap-1.5">
          <dt>Time left</dt>
          <dd className="font-medium tabular-nums text-slate-900">
            {secondsLeft === null ? noEstimate : formatDuration(secondsLeft)}
          </dd>
        </div>
      </dl>
      {note && <p className="mt-2 text-[13px] text-slate-500">{note}</p>}
    </div>
  );
}
