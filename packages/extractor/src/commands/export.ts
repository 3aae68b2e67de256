import type { Command } from 'commander';

/** `kg export --query … --format png --out file.png`: placeholder until the export work lands. */
export function registerExportCommand(program: Command): void {
  void program;
}
