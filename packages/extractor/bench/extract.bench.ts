/**
 * `pnpm bench:extract`: throughput of the whole extraction pipeline (clean, sentences,
 * candidates, resolve, events) over a generated corpus of at least 5 MB, against compromise's
 * bare `people()/places()/organizations()` pass over the same text in the same run.
 * Articles are generated one at a time from the seed paragraphs (seeded shuffle), so nothing
 * holds the corpus: memory should stay flat as the corpus grows (RSS printed at checkpoints).
 *
 * Size scaling: one article of 1, 2 and 4 MB (BENCH_SCALING_MB) through the pipeline; the time
 * should double with the size (a quadratic step would quadruple it).
 *
 * Options (env): BENCH_MB (default 5), BENCH_RUNS (default 3), BENCH_SCALING_MB ("1,2,4";
 * "" skips the row).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import nlp from 'compromise';
import { findRepoRoot } from '@kg/embedded-neo4j';
import { createExtractContext, extractDocument, rememberEntities } from '../src';
import { benchCorpus, oneLongArticle } from './bench-corpus';

const root = findRepoRoot();
const targetBytes = Number(process.env['BENCH_MB'] ?? 5) * 1024 * 1024;
const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const workers = Number(process.env['BENCH_WORKERS'] ?? availableParallelism());
const corpus = () => benchCorpus(root, targetBytes);

interface Run { readonly seconds: number; readonly bytes: number; readonly rssMid: number; readonly rssEnd: number }

function runPipeline(): Run {
  const ctx = createExtractContext();
  let bytes = 0;
  let rssMid = 0;
  const t0 = process.hrtime.bigint();
  for (const a of corpus()) {
    const result = extractDocument(a, ctx);
    rememberEntities(ctx, result);
    bytes += Buffer.byteLength(a.text);
    if (!rssMid && bytes >= targetBytes / 5) rssMid = process.memoryUsage().rss;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, bytes, rssMid, rssEnd: process.memoryUsage().rss };
}

function runCompromise(): Run {
  let bytes = 0;
  let rssMid = 0;
  let names = 0;
  const t0 = process.hrtime.bigint();
  for (const a of corpus()) {
    const doc = nlp(a.text);
    names += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
    bytes += Buffer.byteLength(a.text);
    if (!rssMid && bytes >= targetBytes / 5) rssMid = process.memoryUsage().rss;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (names === 0) throw new Error('compromise found no names: the baseline did not run');
  return { seconds, bytes, rssMid, rssEnd: process.memoryUsage().rss };
}

/** The pipeline on `workers` threads; the clock starts once every worker has loaded its context. */
async function runParallel(): Promise<Run> {
  // Workers do not inherit tsx's loader: each registers it, then imports the TypeScript worker.
  const workerUrl = new URL('./extract-worker.ts', `file://${__filenameOf()}`).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); });`;
  const pool = Array.from({ length: workers }, (_, index) => new Worker(boot, { eval: true, workerData: { root, targetBytes, index, stride: workers } }));
  await Promise.all(pool.map((w) => new Promise((ok) => w.once('message', ok))));
  const t0 = process.hrtime.bigint();
  const done = pool.map((w) => new Promise<number>((ok, fail) => {
    w.on('message', (m: { done?: boolean; bytes?: number }) => { if (m.done) ok(m.bytes ?? 0); });
    w.once('error', fail);
  }));
  for (const w of pool) w.postMessage('go');
  const bytes = (await Promise.all(done)).reduce((a, b) => a + b, 0);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await Promise.all(pool.map((w) => w.terminate()));
  return { seconds, bytes, rssMid: 0, rssEnd: process.memoryUsage().rss };
}

/** This file's path, found from the repo root (no import.meta: jest-safe house rule). */
function __filenameOf(): string {
  return `${root}/packages/extractor/bench/extract.bench.ts`;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (n: number) => n / 1024 / 1024;

// Warm-up: lexicons, gazetteer, compromise's model, JIT.
createExtractContext();
nlp('Warm up with Vladimir Putin in Moscow.').people();

/**
 * Seconds for one article of `megabytes` through the pipeline. Runs before the corpus passes, on
 * one context (extractDocument does not change it), so their heap does not weigh on the timing.
 */
const scalingContext = createExtractContext();
function runOneArticle(megabytes: number): number {
  const article = oneLongArticle(root, megabytes * 1024 * 1024);
  const ctx = scalingContext;
  const t0 = process.hrtime.bigint();
  extractDocument(article, ctx);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
const scalingMB = (process.env['BENCH_SCALING_MB'] ?? '1,2,4').split(',').filter(Boolean).map(Number);
const scaling = scalingMB.map((size) => {
  const seconds = median(Array.from({ length: runs }, () => runOneArticle(size)));
  process.stderr.write(`one article of ${size} MB: ${seconds.toFixed(2)} s (median of ${runs})\n`);
  return { MB: size, seconds: Number(seconds.toFixed(2)) };
});
const scalingRatios = scaling.slice(1).map((s, i) => Number((s.seconds / scaling[i]!.seconds).toFixed(2)));

const pipeline: Run[] = [];
const baseline: Run[] = [];
const parallel: Run[] = [];
for (let r = 0; r < runs; r++) {
  pipeline.push(runPipeline());
  baseline.push(runCompromise());
  if (workers > 1) parallel.push(await runParallel());
  process.stderr.write(`run ${r + 1}/${runs}: pipeline ${pipeline[r]!.seconds.toFixed(2)} s, compromise ${baseline[r]!.seconds.toFixed(2)} s${workers > 1 ? `, ${workers} workers ${parallel[r]!.seconds.toFixed(2)} s` : ''}\n`);
}

const bytes = pipeline[0]!.bytes;
const pipeMBs = mb(bytes) / median(pipeline.map((p) => p.seconds));
const baseMBs = mb(bytes) / median(baseline.map((p) => p.seconds));
const report = {
  corpusMB: Number(mb(bytes).toFixed(2)),
  runs,
  pipelineMBps: Number(pipeMBs.toFixed(3)),
  compromiseMBps: Number(baseMBs.toFixed(3)),
  ratio: Number((pipeMBs / baseMBs).toFixed(2)),
  ...(parallel.length ? { workers, parallelMBps: Number((mb(bytes) / median(parallel.map((p) => p.seconds))).toFixed(3)), parallelRatio: Number((mb(bytes) / median(parallel.map((p) => p.seconds)) / baseMBs).toFixed(2)) } : {}),
  pipelineRssMB: { atFifth: Math.round(mb(median(pipeline.map((p) => p.rssMid)))), atEnd: Math.round(mb(median(pipeline.map((p) => p.rssEnd)))) },
  ...(scaling.length ? { oneArticle: scaling, timeRatioPerStep: scalingRatios } : {}),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  node: process.version,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
