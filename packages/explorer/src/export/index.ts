// Export dialog entry point (owned by the export work); the explorer calls openExportDialog.
export interface ExportContext {
  readonly title?: string;
}

export function openExportDialog(cy: unknown, context: ExportContext): void {
  void cy;
  void context;
}
