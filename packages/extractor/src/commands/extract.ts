/**
 * `kg extract <paths…> --json`: the pure pipeline over files, folders, globs or stdin, printing
 * the JSON contract (shared eval GUIDELINES) on stdout and every warning on stderr.
 */
import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../read-articles';
import { extractPaths } from '../run';
import { toContract } from '../to-contract';

interface ExtractOptions {
  readonly json?: boolean;
  readonly published?: string;
  readonly maxBytes?: string;
  readonly debug?: boolean;
}

/** Why an option value is refused, or null when it is fine. */
export function checkExtractOptions(opts: ExtractOptions): string | null {
  if (opts.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) return `--published must be an ISO day (YYYY-MM-DD), not "${opts.published}"`;
  if (opts.maxBytes !== undefined && !(Number(opts.maxBytes) > 0)) return `--max-bytes must be a positive number of bytes, not "${opts.maxBytes}"`;
  return null;
}

export async function runExtract(paths: readonly string[], opts: ExtractOptions): Promise<number> {
  const problem = checkExtractOptions(opts);
  if (problem) { process.stderr.write(`kg extract: ${problem}\n`); return 2; }
  const { results, skipped } = await extractPaths(paths, {
    published: opts.published ?? null,
    maxBytes: opts.maxBytes ? Number(opts.maxBytes) : DEFAULT_MAX_BYTES,
    onMessage: (line) => process.stderr.write(`${line}\n`),
    onFailure: (err) => { if (opts.debug) process.stderr.write(`${err.stack}\n`); },
  });
  if (opts.json) process.stdout.write(`${JSON.stringify(toContract(results), null, 2)}\n`);
  else {
    for (const r of results) process.stdout.write(`${r.file}: ${r.entities.length} entities, ${r.events.length} events${r.published ? `, published ${r.published}` : ''}\n`);
  }
  process.stderr.write(`extracted ${results.length} article(s), skipped ${skipped}\n`);
  return results.length === 0 ? 1 : 0;
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Extract entities and events from articles (files, folders, globs, - for stdin)')
    .argument('<paths...>', 'article files, folders, globs, or - for stdin')
    .option('--json', 'print the JSON contract of the eval guidelines on stdout')
    .option('--published <day>', 'publication day (YYYY-MM-DD) for articles without a dateline')
    .option('--max-bytes <n>', `skip files larger than this (default ${DEFAULT_MAX_BYTES})`)
    .option('--debug', 'print stack traces of failures')
    .action(async (paths: string[], opts: ExtractOptions) => {
      process.exitCode = await runExtract(paths, opts);
    });
}
