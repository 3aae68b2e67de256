/**
 * `kg ingest <paths…> [--dry-run] [--published <day>] [--workers n] [--batch n] [--debug]`:
 * articles into the graph, extracted on worker threads and written in batches
 * (ingestCorpus). Ctrl-C finishes the batch being written and stops; a re-run does the rest.
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
import { defaultWorkers, ingestCorpus, ingestPaths, isGraphError, openGraph, type CorpusProgress, type CorpusSummary, type FileProblem, type IngestSummary } from '../neo4j';

interface IngestFlags {
  readonly dryRun?: boolean;
  readonly published?: string;
  readonly maxMb?: string;
  readonly workers?: string;
  readonly batch?: string;
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

/** The summary of a batched ingest, as printed on stdout. */
export function formatCorpusSummary(summary: CorpusSummary, where: string, seconds: number): string {
  const n = summary.written.length;
  const rate = seconds > 0 ? ` in ${seconds.toFixed(1)} s (${(n / seconds).toFixed(1)} articles/s)` : '';
  const lines = [
    `Ingested ${plural(n, 'article')} into ${where}${rate}, ${plural(summary.transactions, 'transaction')}: ` +
      `${summary.written.reduce((k, w) => k + w.events, 0)} event reports (${summary.mergedEvents} joined events of other articles); ` +
      `${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created.`,
  ];
  if (summary.stopped) lines.push('Stopped by Ctrl-C after the batch being written; run the same command again to ingest the rest.');
  lines.push(...problems('Skipped', summary.skipped), ...problems('Failed', summary.failed));
  return lines.join('\n');
}

function exitCodeOf(done: number, failed: number): number {
  if (done === 0) return 1;
  return failed > 0 ? 2 : 0;
}

/** Files done of the estimated total, articles/s and ETA (cli-progress), on a terminal only. */
function progressBar(paths: readonly string[]): ((done: number) => void) & { stop(): void } {
  if (!process.stderr.isTTY) return Object.assign(() => {}, { stop: () => {} });
  const total = estimateFiles(paths);
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files | {rate} articles/s | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true, etaBuffer: 200 },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(total, 0, { rate: '0.0' });
  return Object.assign(
    (done: number) => {
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done, { rate: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1) });
    },
    { stop: () => bar.stop() },
  );
}

function positiveInteger(value: string | undefined, flag: string, allowZero = false): number | undefined | Error {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (Number.isInteger(n) && (n > 0 || (allowZero && n === 0))) return n;
  return new Error(`${flag} ${value} is not a ${allowZero ? 'whole number (0 or more)' : 'positive whole number'}.`);
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
  const workers = positiveInteger(flags.workers, '--workers', true);
  const batchArticles = positiveInteger(flags.batch, '--batch');
  for (const bad of [workers, batchArticles]) {
    if (bad instanceof Error) {
      log(`kg ingest: ${bad.message}`);
      return 1;
    }
  }
  let graph: Awaited<ReturnType<typeof openGraph>> | null = null;
  const bar = progressBar(paths);
  // Ctrl-C: finish the batch being written, then stop (a second Ctrl-C quits at once).
  const stop = new AbortController();
  const onInterrupt = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    log('\nkg ingest: stopping after the batch being written (Ctrl-C again to quit now)…');
  };
  process.on('SIGINT', onInterrupt);
  try {
    if (dryRun) {
      const summary = await ingestPaths(null, paths, { dryRun, published: flags.published ?? null, maxBytes, onProgress: (p) => bar(p.filesSeen) });
      bar.stop();
      process.stdout.write(`${formatIngestSummary(summary, 'Neo4j', dryRun)}\n`);
      return exitCodeOf(summary.planned.length, summary.failed.length);
    }
    graph = await openGraph({ log });
    const started = Date.now();
    const summary = await ingestCorpus(graph.driver, paths, {
      published: flags.published ?? null,
      maxBytes,
      workers: (workers as number | undefined) ?? defaultWorkers(),
      batchArticles: batchArticles as number | undefined,
      signal: stop.signal,
      onProgress: (p: CorpusProgress) => bar(p.filesDone),
    });
    bar.stop();
    process.stdout.write(`${formatCorpusSummary(summary, graph.uri, (Date.now() - started) / 1000)}\n`);
    return summary.stopped ? 130 : exitCodeOf(summary.written.length, summary.failed.length);
  } catch (error) {
    bar.stop();
    log(`kg ingest: ${describeError(error, flags.debug === true)}`);
    return 1;
  } finally {
    process.off('SIGINT', onInterrupt);
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
    .option('--workers <n>', `extraction threads (default ${defaultWorkers()} here: cores - 1, at most 4; 0 = this thread)`)
    .option('--batch <n>', 'articles per write transaction (default 50; a batch also closes after 2 s)')
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText('after', '\nExit codes: 0 done, 1 nothing ingested or Neo4j unreachable, 2 some articles failed (re-run to complete), 130 stopped by Ctrl-C (re-run to complete).')
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(paths, flags);
    });
}
