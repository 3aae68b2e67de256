/**
 * `pnpm bench:extract`: throughput of the whole extraction pipeline (clean, sentences,
 * candidates, resolve, events) over a generated corpus of at least 5 MB, against compromise's
 * bare `people()/places()/organizations()` pass over the same text in the same run.
 * Articles are generated one at a time from the seed paragraphs (seeded shuffle), so nothing
 * holds the corpus: memory should stay flat as the corpus grows (RSS printed at checkpoints).
 *
 * Options (env): BENCH_MB (default 5), BENCH_RUNS (default 3).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { findRepoRoot } from '@kg/embedded-neo4j';
import { createExtractContext, extractDocument, rememberEntities } from '../src';

const root = findRepoRoot();
const targetBytes = Number(process.env['BENCH_MB'] ?? 5) * 1024 * 1024;
const runs = Number(process.env['BENCH_RUNS'] ?? 3);

const paragraphs = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(root, 'seeds', f), 'utf8').split(/\n\s*\n/))
  .map((p) => p.trim())
  .filter((p) => p.length > 80);

/** Deterministic PRNG (mulberry32): every run sees the same corpus. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Articles of 8–16 shuffled seed paragraphs with a dateline, until `targetBytes`. */
function* corpus(): Generator<{ file: string; text: string }> {
  const rand = prng(42);
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const n = 8 + Math.floor(rand() * 9);
    const body: string[] = [];
    for (let k = 0; k < n; k++) body.push(paragraphs[Math.floor(rand() * paragraphs.length)]!);
    const day = 1 + Math.floor(rand() * 28);
    const text = `Report ${i}\n\n${DAYS[i % 5]}, December ${day}, 2017\n\n${body.join('\n\n')}\n`;
    bytes += Buffer.byteLength(text);
    yield { file: `bench-${i}.txt`, text };
  }
}

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

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (n: number) => n / 1024 / 1024;

// Warm-up: lexicons, gazetteer, compromise's model, JIT.
createExtractContext();
nlp('Warm up with Vladimir Putin in Moscow.').people();

const pipeline: Run[] = [];
const baseline: Run[] = [];
for (let r = 0; r < runs; r++) {
  pipeline.push(runPipeline());
  baseline.push(runCompromise());
  process.stderr.write(`run ${r + 1}/${runs}: pipeline ${pipeline[r]!.seconds.toFixed(2)} s, compromise ${baseline[r]!.seconds.toFixed(2)} s\n`);
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
  pipelineRssMB: { atFifth: Math.round(mb(median(pipeline.map((p) => p.rssMid)))), atEnd: Math.round(mb(median(pipeline.map((p) => p.rssEnd)))) },
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  node: process.version,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
