/**
 * `kg` command line (owned by the extractor pipeline work). The only console writer of the
 * extractor. Subcommands live in ./commands/*: extract (pipeline), ingest (Neo4j writer),
 * export (images of subgraphs through the server).
 */
import { Command } from 'commander';
import { registerIngestCommand } from './commands/ingest';
import { registerExportCommand } from './commands/export';

const program = new Command('kg').description('Knowledge-graph builder: news articles to a Neo4j graph');
registerIngestCommand(program);
registerExportCommand(program);
await program.parseAsync(process.argv);
