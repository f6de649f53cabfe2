'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/Button';
import { useToast } from '@/components/ui/Toast';

/** Largest file the import API accepts (it answers 413 above this). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * "Import map from JSON" for the maps list: reads a file exported by Loopmap (or a bare
 * document) and creates a new map from it. Problems are shown with their path in the
 * file, e.g. `document.nodes[3].data.title: required`.
 */
export function ImportMapButton({ onImported }: { onImported?: (id: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  async function importFile(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      toast({ title: 'That file is too large', description: 'A map file can be at most 5 MB.', tone: 'error' });
      return;
    }
    setBusy(true);
    try {
      const response = await fetch('/api/maps/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: await file.text() });
      const body = (await response.json().catch(() => ({}))) as { id?: string; name?: string; error?: string };
      if (!response.ok || !body.id) {
        toast({ title: `Couldn’t import ${file.name}`, description: body.error ?? `The server answered ${response.status}.`, tone: 'error', duration: 12_000 });
        return;
      }
      toast({ title: 'Map imported', description: body.name, tone: 'success' });
      if (onImported) onImported(body.id);
      else router.push(`/maps/${body.id}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-hidden
        data-testid="import-map-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <Button onClick={() => input.current?.click()} busy={busy}>
        Import map from JSON
      </Button>
    </>
  );
}
