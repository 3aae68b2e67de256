/**
 * `kg` command line (owned by the extractor pipeline work). The only console writer of the
 * extractor. Subcommands live in ./commands/*: extract (pipeline), ingest (Neo4j writer),
 * export (images of subgraphs through the server).
 */
import { Command } from 'commander';
import { registerExtractCommand } from './commands/extract';
import { registerIngestCommand } from './commands/ingest';
import { registerExportCommand } from './commands/export';
import { registerReextractCommand } from './commands/reextract';

const debug = process.argv.includes('--debug');
const program = new Command('kg').description('Knowledge-graph builder: news articles to a Neo4j graph');
registerExtractCommand(program);
registerIngestCommand(program);
registerExportCommand(program);
registerReextractCommand(program);
try {
  await program.parseAsync(process.argv);
} catch (err) {
  // No stack trace unless asked: say what failed.
  process.stderr.write(`kg: ${(err as Error).message}\n`);
  if (debug) process.stderr.write(`${(err as Error).stack}\n`);
  process.exitCode = 1;
}
