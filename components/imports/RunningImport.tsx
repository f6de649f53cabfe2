'use client';

import type { UploadProgress } from './api';
import { secondsLeft as estimateSecondsLeft, type ProgressSample } from '@/lib/format/progress';
import { ImportProgress } from './ImportProgress';
import type { ImportRecordView } from './types';
import { useImportStatus } from './useImportStatus';

/** The progress of an import the server is running, polled until it settles. */
export function RunningImport({
  importId,
  fileName,
  onSettled,
}: {
  importId: string;
  fileName: string;
  onSettled: (record: ImportRecordView) => void;
}) {
  const { record, secondsLeft, pollError } = useImportStatus(importId, onSettled);
  // The whole file is read; what is left is writing the orders into the store.
  const saving = record?.status === 'running' && record.totalBytes > 0 && record.processedBytes >= record.totalBytes;
  return (
    <ImportProgress
      title={saving ? 'Saving' : 'Importing'}
      fileName={fileName}
      doneBytes={record?.processedBytes ?? 0}
      totalBytes={record?.totalBytes ?? 0}
      rows={record?.processedRows ?? 0}
      secondsLeft={saving ? null : secondsLeft}
      noEstimate={saving ? 'a few moments, saving the orders' : undefined}
      note={
        pollError
          ? `Cannot reach the server (${pollError}); still trying.`
          : 'You can keep working elsewhere in Loopmap: the import goes on, and this page picks it up again.'
      }
    />
  );
}

/** The upload that comes before: bytes sent, with the browser's own progress events. */
export function UploadingImport({
  fileName,
  progress,
  samples,
}: {
  fileName: string;
  progress: UploadProgress;
  samples: readonly ProgressSample[];
}) {
  return (
    <ImportProgress
      title="Uploading"
      fileName={fileName}
      doneBytes={progress.sent}
      totalBytes={progress.total}
      secondsLeft={estimateSecondsLeft(samples, progress.total)}
      note="The import starts as soon as the file is uploaded; please keep this page open until then."
    />
  );
}
