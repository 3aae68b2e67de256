/**
 * `pnpm bench:corpus`: a generated news corpus (bench/news-corpus.ts, seeded) of
 * BENCH_ARTICLES articles (default 1,000), run three ways in one process against a fresh
 * embedded Neo4j (own port, temporary folder):
 *   1. extract only: read + extract every article on this thread with one growing context
 *      (what `kg extract` does), and the same on the ingest's worker threads;
 *   2. `ingestPaths`, one transaction per article (the old path), on the first
 *      BENCH_OLD_ARTICLES articles (default: all, at most 1,000: at ~3 articles/s the
 *      old path would take an hour for 10,000);
 *   3. `ingestCorpus`, the new path (worker threads + batched writer), on all of them.
 * Prints articles/s, relationships/s, peak RSS of each run (sampled every 50 ms) and the
 * ratio ingest / extract-only. BENCH_WORKERS (default: as `kg ingest`), BENCH_WRITE=1
 * puts the table into BENCHMARKS.md ("## Corpus ingest").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { findFreePort, findRepoRoot, startEmbeddedNeo4j } from '@kg/embedded-neo4j';
import { resetDatabase } from '@kg/testing';
import { createExtractContext, extractDocument, readArticles, rememberEntities } from '../src';
import { createWorkerExtractor } from '../src/parallel/extract-pool';
import { defaultWorkers, ensureSchema, ingestCorpus, ingestPaths } from '../src/neo4j';
import { writeSection } from './benchmarks-file';
import { newsCorpus } from './news-corpus';

const articles = Number(process.env['BENCH_ARTICLES'] ?? 1000);
const oldArticles = Math.min(articles, Number(process.env['BENCH_OLD_ARTICLES'] ?? Math.min(articles, 1000)));
const workers = Number(process.env['BENCH_WORKERS'] ?? defaultWorkers());
const heap = process.env['BENCH_NEO4J_HEAP'] ?? '1g';
const log = (line: string) => process.stderr.write(`${line}\n`);
const root = findRepoRoot();

interface Run {
  readonly name: string;
  readonly articles: number;
  readonly seconds: number;
  readonly relationships: number | null;
  readonly peakRssMB: number;
  readonly note: string;
}

/** Runs `body` while sampling RSS; the run's own peak, not the process's. */
async function measured(name: string, n: number, body: () => Promise<{ relationships: number | null; note: string }>): Promise<Run> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const t0 = process.hrtime.bigint();
  try {
    const { relationships, note } = await body();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    peak = Math.max(peak, process.memoryUsage().rss);
    const run = { name, articles: n, seconds, relationships, peakRssMB: Math.round(peak / 2 ** 20), note };
    log(`${name}: ${n} articles in ${seconds.toFixed(1)} s = ${(n / seconds).toFixed(1)} articles/s, peak RSS ${run.peakRssMB} MB ${note}`);
    return run;
  } finally {
    clearInterval(sampler);
  }
}

function writeCorpus(dir: string, n: number): void {
  for (const a of newsCorpus({ articles: n, seed: 42, root })) writeFileSync(join(dir, a.file), a.text);
}

const corpusDir = mkdtempSync(join(tmpdir(), 'kg-bench-corpus-'));
const oldDir = mkdtempSync(join(tmpdir(), 'kg-bench-corpus-old-'));
const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-corpus-neo4j-'));
writeCorpus(corpusDir, articles);
writeCorpus(oldDir, oldArticles);
const port = await findFreePort();
log(`corpus: ${articles} articles in ${corpusDir}; starting embedded Neo4j on 127.0.0.1:${port} (heap ${heap})`);
const server = await startEmbeddedNeo4j({ repoRoot: root, port, dataDir, heap, pagecache: '512m' });
const driver: Driver = neo4j.driver(server.uri, neo4j.auth.basic(server.connection.user, server.connection.password), { disableLosslessIntegers: true });
const load = loadavg()[0]!;

try {
  // Warm-up (not timed): lexicons, gazetteer, compromise, JIT; query plans of both writers.
  await ensureSchema(driver);
  await ingestPaths(driver, [join(root, 'seeds')]);
  await ingestCorpus(driver, [join(root, 'seeds')], { workers: 0 });
  await resetDatabase(driver);

  const runs: Run[] = [];
  let events = 0;
  runs.push(
    await measured('extract only, this thread', articles, async () => {
      const ctx = createExtractContext();
      for await (const outcome of readArticles([corpusDir])) {
        if (!outcome.ok) continue;
        const result = extractDocument(outcome.article, ctx);
        rememberEntities(ctx, result);
        events += result.events.length;
      }
      return { relationships: null, note: `(${(events / articles).toFixed(1)} event reports per article)` };
    }),
  );
  runs.push(
    await measured(`extract only, ${workers} worker threads`, articles, async () => {
      const extractor = await createWorkerExtractor({ workers, knownEntities: [] });
      const pending: Promise<unknown>[] = [];
      for await (const outcome of readArticles([corpusDir])) {
        if (outcome.ok) pending.push(extractor.extract(outcome.article));
        if (pending.length >= workers * 2) await pending.shift();
      }
      await Promise.all(pending);
      await extractor.close();
      return { relationships: null, note: '(worker start-up included)' };
    }),
  );

  await resetDatabase(driver);
  await ensureSchema(driver);
  runs.push(
    await measured('ingestPaths (one transaction per article)', oldArticles, async () => {
      const summary = await ingestPaths(driver, [oldDir]);
      if (summary.failed.length > 0) throw new Error(`old path: ${summary.failed.length} articles failed: ${summary.failed[0]!.reason}`);
      return { relationships: summary.relationshipsCreated, note: oldArticles < articles ? `(first ${oldArticles} of the ${articles} articles)` : '' };
    }),
  );

  await resetDatabase(driver);
  await ensureSchema(driver);
  runs.push(
    await measured(`ingestCorpus (${workers} worker threads, batches of 50)`, articles, async () => {
      const summary = await ingestCorpus(driver, [corpusDir], { workers });
      if (summary.failed.length > 0) throw new Error(`new path: ${summary.failed.length} articles failed: ${summary.failed[0]!.reason}`);
      const reports = summary.written.reduce((n, w) => n + w.events, 0);
      return {
        relationships: summary.relationshipsCreated,
        note: `(${summary.transactions} transactions; ${summary.mergedEvents} of ${reports} reports, ${((100 * summary.mergedEvents) / Math.max(reports, 1)).toFixed(0)} %, joined an event of another article)`,
      };
    }),
  );

  const rate = (r: Run) => r.articles / r.seconds;
  const [single, pooled, old, fresh] = runs as [Run, Run, Run, Run];
  const command = `BENCH_ARTICLES=${articles}${oldArticles !== Math.min(articles, 1000) ? ` BENCH_OLD_ARTICLES=${oldArticles}` : ''} pnpm bench:corpus`;
  const table = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\` on ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB`,
    `(load average ${load.toFixed(1)} at start: the machine is shared), embedded Neo4j 5.26 (heap ${heap}, page cache 512m) in the same machine, fresh database per ingest.`,
    '',
    '| run | articles | seconds | articles/s | relationships/s | peak RSS (MB) | notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...runs.map(
      (r) =>
        `| ${r.name} | ${r.articles} | ${r.seconds.toFixed(1)} | ${rate(r).toFixed(1)} | ${r.relationships === null ? '—' : (r.relationships / r.seconds).toFixed(0)} | ${r.peakRssMB} | ${r.note} |`,
    ),
    '',
    `**Ingest / extract-only (this thread): ${(rate(fresh) / rate(single)).toFixed(2)}×**; ingest / extract-only on the same ${workers} workers: ${(rate(fresh) / rate(pooled)).toFixed(2)}×;` +
      ` new / old ingest: ${(rate(fresh) / rate(old)).toFixed(1)}×${oldArticles < articles ? ` (old path measured on ${oldArticles} articles)` : ''}.`,
  ].join('\n');
  process.stdout.write(`${table}\n`);
  if (process.env['BENCH_WRITE'] === '1') writeSection(join(root, 'BENCHMARKS.md'), `## Corpus ingest, ${articles} articles`, table);
} finally {
  await driver.close();
  await server.stop();
  for (const d of [corpusDir, oldDir, dataDir]) rmSync(d, { recursive: true, force: true });
}
