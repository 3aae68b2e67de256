// Export dialog entry point (owned by the export work); the explorer calls openExportDialog.
import type { Core } from 'cytoscape';
import { showExportDialog, type DialogContext } from './dialog';

/** What the explorer knows about the view, for the title, footer and file name. All optional. */
export type ExportContext = DialogContext;

export function openExportDialog(cy: unknown, context: ExportContext): void {
  showExportDialog(cy as Core, context);
}
