'use client';

import Papa from 'papaparse';
import { useEffect, useState } from 'react';
import { rejectedRowsUrl } from './api';

const SHOWN = 5;
/** The first rows fit in far less; reading stops there however large the file is. */
const READ_AT_MOST = 64 * 1024;

interface Rejected {
  row: string;
  reason: string;
}

/** The first few rejected rows (row number and reason), read from the start of the download. */
export function RejectedRowsPreview({ importId, total }: { importId: string; total: number }) {
  const [rows, setRows] = useState<Rejected[] | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const response = await fetch(rejectedRowsUrl(importId), { signal: controller.signal });
        if (!response.ok || !response.body) return;
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let text = '';
        while (text.length < READ_AT_MOST) {
          const { done, value } = await reader.read();
          if (done) break;
          text += decoder.decode(value, { stream: true });
          if (text.split('\n').length > SHOWN + 2) break;
        }
        void reader.cancel();
        const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
        setRows(
          parsed
            .slice(1)
            .filter((cells) => /^\d+$/.test(cells[0] ?? ''))
            .slice(0, SHOWN)
            .map((cells) => ({ row: cells[0], reason: cells[1] ?? '' })),
        );
      } catch {
        // Aborted, or the server is away: the counts above still say what happened.
      }
    })();
    return () => controller.abort();
  }, [importId]);

  if (!rows || rows.length === 0) return null;
  return (
    <div className="mt-3 text-[13px] text-slate-600">
      <p className="font-medium text-slate-700">{total > rows.length ? `The first ${rows.length}:` : 'The rows:'}</p>
      <ul className="mt-1 space-y-0.5" data-testid="rejected-rows-preview">
        {rows.map((item) => (
          <li key={item.row}>
            Row <span className="tabular-nums">{item.row}</span>: {item.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
