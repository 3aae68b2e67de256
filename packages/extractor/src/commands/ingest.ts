/**
 * `kg ingest <paths…> [--dry-run] [--published <day>] [--debug]`: articles into the graph.
 *
 * Exit codes: 0 all readable articles written (skipped files are warnings), 1 nothing could
 * be ingested (or Neo4j could not be reached), 2 some articles written and some failed (a
 * re-run writes the rest: writing is idempotent).
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { isEmbeddedNeo4jError } from '@kg/embedded-neo4j';
import { ingestPaths, isGraphError, openGraph, type FileProblem, type IngestProgress, type IngestSummary } from '../neo4j';

interface IngestFlags {
  readonly dryRun?: boolean;
  readonly published?: string;
  readonly maxMb?: string;
  readonly debug?: boolean;
}

/** Notes shown per article in a dry run; the rest are counted. */
const MAX_NOTES = 3;

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** A rough file count for the progress bar's total (globs and stdin count as one). */
function estimateFiles(paths: readonly string[]): number {
  let total = 0;
  for (const path of paths) {
    try {
      if (!statSync(path).isDirectory()) total += 1;
      else total += readdirSync(path, { recursive: true }).filter((f) => ARTICLE_EXTENSIONS.has(extname(String(f)).toLowerCase())).length;
    } catch {
      total += 1;
    }
  }
  return Math.max(total, 1);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function problems(title: string, list: readonly FileProblem[]): string[] {
  if (list.length === 0) return [];
  return [`${title} ${plural(list.length, 'file')}:`, ...list.map((p) => `  - ${p.file}: ${p.reason}`)];
}

/** The run's summary, as printed on stdout. */
export function formatIngestSummary(summary: IngestSummary, where: string, dryRun: boolean): string {
  const lines: string[] = [];
  if (dryRun) {
    lines.push(`Dry run, nothing written: ${plural(summary.planned.length, 'article')} would give ${plural(summary.entities, 'entity').replace(/ys$/, 'ies')} and ${plural(summary.events, 'event')}.`);
    for (const p of summary.planned) {
      lines.push(`  - ${p.file} (${p.documentId}): "${p.title}": ${p.entities} entities in ${p.mentions} mentions, ${p.events} events, ${p.affiliations} affiliations`);
      for (const w of p.warnings.slice(0, MAX_NOTES)) lines.push(`      note: ${w}`);
      if (p.warnings.length > MAX_NOTES) lines.push(`      … and ${p.warnings.length - MAX_NOTES} more notes`);
    }
  } else {
    lines.push(
      `Ingested ${plural(summary.written.length, 'article')} into ${where}: ${plural(summary.entities, 'entity').replace(/ys$/, 'ies')}, ${plural(summary.events, 'event')}` +
        ` (${summary.mergedEvents} reports joined events of other articles); ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created.`,
    );
  }
  lines.push(...problems('Skipped', summary.skipped), ...problems('Failed', summary.failed));
  return lines.join('\n');
}

function exitCodeOf(summary: IngestSummary, dryRun: boolean): number {
  const done = dryRun ? summary.planned.length : summary.written.length;
  if (done === 0) return 1;
  return summary.failed.length > 0 ? 2 : 0;
}

function progressBar(paths: readonly string[]): ((p: IngestProgress) => void) & { stop(): void } {
  if (!process.stderr.isTTY) return Object.assign(() => {}, { stop: () => {} });
  const total = estimateFiles(paths);
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files | {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return Object.assign(
    (p: IngestProgress) => {
      if (p.filesSeen > bar.getTotal()) bar.setTotal(p.filesSeen);
      bar.update(p.filesSeen, { file: p.file });
    },
    { stop: () => bar.stop() },
  );
}

function describeError(error: unknown, debug: boolean): string {
  const known = isGraphError(error) || isEmbeddedNeo4jError(error);
  const message = error instanceof Error ? error.message : String(error);
  if (debug && error instanceof Error) return `${known ? '' : 'unexpected error: '}${error.stack ?? message}`;
  return known ? message : `unexpected error: ${message} (run with --debug for details)`;
}

async function runIngest(paths: readonly string[], flags: IngestFlags): Promise<number> {
  const dryRun = flags.dryRun === true;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const maxBytes = flags.maxMb === undefined ? undefined : Math.round(Number(flags.maxMb) * 1024 * 1024);
  if (maxBytes !== undefined && !(maxBytes > 0)) {
    log(`kg ingest: --max-mb ${flags.maxMb} is not a positive number of megabytes.`);
    return 1;
  }
  let graph: Awaited<ReturnType<typeof openGraph>> | null = null;
  const bar = progressBar(paths);
  try {
    if (!dryRun) graph = await openGraph({ log });
    const summary = await ingestPaths(graph?.driver ?? null, paths, {
      dryRun,
      published: flags.published ?? null,
      maxBytes,
      onProgress: bar,
    });
    bar.stop();
    process.stdout.write(`${formatIngestSummary(summary, graph?.uri ?? 'Neo4j', dryRun)}\n`);
    return exitCodeOf(summary, dryRun);
  } catch (error) {
    bar.stop();
    log(`kg ingest: ${describeError(error, flags.debug === true)}`);
    return 1;
  } finally {
    await graph?.close();
  }
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Extract articles and write them to Neo4j (NEO4J_URI, or the embedded one when unset)')
    .argument('<paths...>', 'files, folders or globs of .txt/.md/.html articles')
    .option('--dry-run', 'extract and show what would be written, without touching Neo4j')
    .option('--published <day>', 'ISO day (YYYY-MM-DD) for articles that carry no date')
    .option('--max-mb <megabytes>', 'skip files larger than this (default: the reader’s limit)')
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText('after', '\nExit codes: 0 done, 1 nothing ingested or Neo4j unreachable, 2 some articles failed (re-run to complete).')
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(paths, flags);
    });
}
