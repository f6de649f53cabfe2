'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { useToast } from '@/components/ui/Toast';
import { formatBytes } from '@/lib/format/numbers';
import { previewFile, uploadImport, type UploadProgress } from './api';
import { DropZone } from './DropZone';
import { ImportError } from './ImportError';
import { ImportSummary } from './ImportSummary';
import { MappingScreen } from './MappingScreen';
import { reasonColumns } from './reason-columns';
import { addSample, type ProgressSample } from '@/lib/format/progress';
import { RunningImport, UploadingImport } from './RunningImport';
import type { CsvPreviewView, GenericImportChoice, ImportRecordView, MappingPresetView } from './types';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; file: File }
  | { kind: 'mapping'; file: File; preview: CsvPreviewView }
  | { kind: 'uploading'; file: File; progress: UploadProgress; samples: ProgressSample[] }
  | { kind: 'running'; importId: string; fileName: string }
  | { kind: 'finished'; record: ImportRecordView }
  | { kind: 'error'; fileName: string; message: string };

export interface ImportPanelProps {
  storeId: string;
  maxBytes: number;
  timeZones: string[];
  presets: MappingPresetView[];
  /** An import of this store still running when the page was opened: follow it. */
  runningImport?: { id: string; fileName: string } | null;
}

/**
 * Importing a file, start to end: pick or drop it, map its columns when it is not a
 * Shopify export, upload it, follow the progress and read the summary.
 */
export function ImportPanel({ storeId, maxBytes, timeZones, presets: initialPresets, runningImport }: ImportPanelProps) {
  const router = useRouter();
  const toast = useToast();
  const [presets, setPresets] = useState(initialPresets);
  // The mapping of the import under way, to name the columns of rejected rows at the end.
  const [lastMapping, setLastMapping] = useState<GenericImportChoice['mapping'] | null>(null);
  const [phase, setPhase] = useState<Phase>(() =>
    runningImport ? { kind: 'running', importId: runningImport.id, fileName: runningImport.fileName } : { kind: 'idle' },
  );

  async function chooseFile(file: File) {
    if (file.size === 0) return setPhase({ kind: 'error', fileName: file.name, message: 'The file is empty: there is nothing to import.' });
    if (file.size > maxBytes) {
      return setPhase({
        kind: 'error',
        fileName: file.name,
        message: `The file is ${formatBytes(file.size)}, over the import limit of ${formatBytes(maxBytes)}.`,
      });
    }
    setPhase({ kind: 'reading', file });
    try {
      const preview = await previewFile(storeId, file);
      if (preview.format === 'shopify') await upload(file, { format: 'shopify' });
      else setPhase({ kind: 'mapping', file, preview });
    } catch (error) {
      setPhase({ kind: 'error', fileName: file.name, message: (error as Error).message });
    }
  }

  async function upload(file: File, choice: { format: 'shopify' } | ({ format: 'generic' } & GenericImportChoice)) {
    setLastMapping(choice.format === 'generic' ? choice.mapping : null);
    setPhase({ kind: 'uploading', file, progress: { sent: 0, total: file.size }, samples: [] });
    try {
      const { importId } = await uploadImport(storeId, file, choice, (progress) =>
        setPhase((current) =>
          current.kind === 'uploading'
            ? { ...current, progress, samples: addSample(current.samples, { at: Date.now(), done: progress.sent }) }
            : current,
        ),
      );
      setPhase({ kind: 'running', importId, fileName: file.name });
      router.refresh(); // the history shows the running import
    } catch (error) {
      setPhase({ kind: 'error', fileName: file.name, message: (error as Error).message });
    }
  }

  function settled(record: ImportRecordView) {
    setPhase({ kind: 'finished', record });
    toast(
      record.status === 'done'
        ? { title: 'Import finished', description: record.fileName, tone: 'success' }
        : { title: 'Import failed', description: record.error ?? record.fileName, tone: 'error' },
    );
    router.refresh(); // summary and history now include it
  }

  const reset = () => setPhase({ kind: 'idle' });

  switch (phase.kind) {
    case 'idle':
      return <DropZone onFile={chooseFile} maxBytes={maxBytes} />;
    case 'reading':
      return (
        <div className="flex items-center gap-3 rounded-xl bg-white px-5 py-6 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200">
          <Spinner size="sm" label="" /> Reading the beginning of {phase.file.name}…
        </div>
      );
    case 'mapping':
      return (
        <MappingScreen
          fileName={phase.file.name}
          fileSize={formatBytes(phase.file.size)}
          preview={phase.preview}
          timeZones={timeZones}
          presets={presets}
          onPresetSaved={(preset) => setPresets((list) => [...list.filter((p) => p.name !== preset.name), preset].sort(byName))}
          onConfirm={(choice) => void upload(phase.file, { format: 'generic', ...choice })}
          onCancel={reset}
        />
      );
    case 'uploading':
      return <UploadingImport fileName={phase.file.name} progress={phase.progress} samples={phase.samples} />;
    case 'running':
      return <RunningImport key={phase.importId} importId={phase.importId} fileName={phase.fileName} onSettled={settled} />;
    case 'finished':
      return (
        <div className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-5 py-4">
            <h3 className="text-[15px] font-semibold text-slate-900" data-testid="import-result">
              {phase.record.status === 'done' ? 'Imported' : 'Import failed:'}{' '}
              <span className="font-normal text-slate-600">{phase.record.fileName}</span>
            </h3>
            <Button onClick={reset}>Import another file</Button>
          </div>
          <div className="px-5 py-5">
            {phase.record.status === 'done' ? (
              <ImportSummary record={phase.record} reasonColumns={reasonColumns(phase.record.format, lastMapping)} />
            ) : (
              <ImportError fileName={phase.record.fileName} message={phase.record.error ?? 'The import failed.'} note="Nothing in the store was changed." />
            )}
          </div>
        </div>
      );
    case 'error':
      return (
        <div className="space-y-3">
          <ImportError fileName={phase.fileName} message={phase.message} note="Nothing in the store was changed." />
          <DropZone onFile={chooseFile} maxBytes={maxBytes} />
        </div>
      );
  }
}

function byName(a: MappingPresetView, b: MappingPresetView) {
  return a.name.localeCompare(b.name);
}
