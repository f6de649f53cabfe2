'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { DownloadIcon } from './icons';
import { ExportDialog, type ExportTarget } from './ExportDialog';


/** "Export" for the editor header: opens the export dialog for this map. */
export function ExportButton({ map, size = 'sm' }: { map: ExportTarget; size?: 'sm' | 'md' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size={size} onClick={() => setOpen(true)} aria-haspopup="dialog" data-testid="export-button">
        <DownloadIcon />
        Export
      </Button>
      <ExportDialog open={open} onClose={() => setOpen(false)} map={map} />
    </>
  );
}
