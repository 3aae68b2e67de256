import type { Command } from 'commander';

/** `kg ingest <paths…>`: placeholder until the Neo4j writer lands. */
export function registerIngestCommand(program: Command): void {
  void program;
}
