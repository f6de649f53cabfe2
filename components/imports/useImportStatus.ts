'use client';

import { useEffect, useRef, useState } from 'react';
import { fetchImport } from './api';
import { addSample, secondsLeft, type ProgressSample } from '@/lib/format/progress';
import type { ImportRecordView } from './types';

const POLL_MS = 500;

export interface ImportStatusState {
  record: ImportRecordView | null;
  /** Estimated seconds until the import is done; null while unknown. */
  secondsLeft: number | null;
  /** Set when the status could not be read (the poll keeps trying). */
  pollError: string | null;
}

/**
 * Follows an import: polls GET /api/imports/:id every half second while it runs, and
 * calls `onSettled` once when it is done or failed. Mount one per import (key it by id).
 */
export function useImportStatus(importId: string | null, onSettled: (record: ImportRecordView) => void): ImportStatusState {
  const [state, setState] = useState<ImportStatusState>({ record: null, secondsLeft: null, pollError: null });
  const onSettledRef = useRef(onSettled);
  useEffect(() => {
    onSettledRef.current = onSettled;
  });

  useEffect(() => {
    if (!importId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let samples: ProgressSample[] = [];

    const poll = async () => {
      try {
        const record = await fetchImport(importId);
        if (stopped) return;
        samples = addSample(samples, { at: Date.now(), done: record.processedBytes });
        setState({ record, secondsLeft: secondsLeft(samples, record.totalBytes), pollError: null });
        if (record.status !== 'running') {
          onSettledRef.current(record);
          return;
        }
      } catch (error) {
        if (stopped) return;
        setState((previous) => ({ ...previous, pollError: (error as Error).message }));
      }
      timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [importId]);

  return state;
}
