'use client';

import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '@/lib/store/context';
import { selectMapName } from '@/lib/store/selectors';
import { filterQueryOf } from '@/lib/export/options';
import { useCompare } from '@/components/compare/context';
import { ExportButton } from './ExportButton';

/**
 * The Export button of the editor header, named after the map as it is being edited. The
 * actual-data overlay uses the store and the filters Compare mode has in use, and is on by
 * default while the map is being compared.
 */
export function EditorExportButton({ mapId }: { mapId: string }) {
  const name = useEditor(selectMapName);
  const storeId = useCompare((s) => s.storeId);
  const comparing = useCompare((s) => s.mode !== 'ideal');
  const filters = useCompare(useShallow((s) => filterQueryOf(s.filters)));
  return <ExportButton map={{ id: mapId, name, storeId, filters, comparing }} />;
}
