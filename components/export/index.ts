/** Export and import of maps: mount ExportButton in the editor header, ExportDialog from the maps list's row menu, ImportMapButton in the maps list header. */
export { ExportButton } from './ExportButton';
export { ExportDialog, exportUrl, type ExportFormat, type ExportTarget } from './ExportDialog';
export { ImportMapButton } from './ImportMapButton';
export { downloadExport, ExportFailedError } from './download';
export { EditorExportButton } from './EditorExportButton';
