/**
 * Corpus-scale ingest: read → extract (on worker threads) → write in batches, pipelined.
 * While the writer commits one batch (≤ `batchArticles` articles, or what arrived within
 * `batchMs`), the workers extract the next articles. Each committed batch's entities go to
 * every worker's context, for the articles still to come.
 *
 * A batch is all-or-nothing. A batch that fails (after the driver's own retries of
 * transient errors) is split in halves and each half written again, down to single
 * articles: one bad article is reported and never blocks the others. Once Neo4j is
 * unreachable, the rest is reported as not written (a re-run writes it; writing is
 * idempotent). An aborted `signal` (Ctrl-C) stops reading, writes what is extracted, and
 * returns with `stopped`.
 */
import { availableParallelism } from 'node:os';
import type { Driver } from 'neo4j-driver';
import type { DocumentResult, Entity, RawArticle } from '@kg/model';
import type { ExtractContextOptions } from '../context';
import { createInlineExtractor, createWorkerExtractor, type ExtractFn, type Extractor } from '../parallel/extract-pool';
import { readArticles } from '../read-articles';
import { writeBatchSplitting } from './batch-writer';
import { toGraphError, type GraphError } from './errors';
import { loadKnownEntities } from './known-entities';
import { ensureSchema } from './schema';
import type { WriteCounters } from './write-batch';

export interface IngestCorpusOptions {
  readonly published?: string | null;
  readonly maxBytes?: number;
  /** Extraction threads; 0 extracts on this thread (default: cores - 1, at least 1, at most 4). */
  readonly workers?: number;
  /** Runs on this thread (workers cannot take a function). */
  readonly extract?: ExtractFn;
  readonly context?: Omit<ExtractContextOptions, 'knownEntities'>;
  /** Articles per transaction (default 50) and the longest a batch waits to fill (default 2 s). */
  readonly batchArticles?: number;
  readonly batchMs?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: CorpusProgress) => void;
}

export interface CorpusProgress {
  readonly file: string;
  readonly outcome: 'written' | 'skipped' | 'failed';
  /** Files finished (written, skipped or failed). */
  readonly filesDone: number;
}

/** One written article, without its id lists (memory stays flat in corpus size). */
export interface WrittenArticle {
  readonly documentId: string;
  readonly file: string;
  readonly title: string;
  readonly entities: number;
  readonly events: number;
  readonly mergedEvents: number;
}

export interface CorpusProblem {
  readonly file: string;
  readonly reason: string;
  readonly code?: string;
}

export interface CorpusSummary extends WriteCounters {
  readonly written: readonly WrittenArticle[];
  readonly skipped: readonly CorpusProblem[];
  readonly failed: readonly CorpusProblem[];
  readonly mergedEvents: number;
  readonly transactions: number;
  /** True when the signal stopped the run before every article was read. */
  readonly stopped: boolean;
}

export function defaultWorkers(): number {
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function entitiesOf(results: readonly DocumentResult[]): Entity[] {
  return results.flatMap((r) => r.entities.map(({ entity }) => entity));
}

export async function ingestCorpus(driver: Driver, paths: readonly string[], options: IngestCorpusOptions = {}): Promise<CorpusSummary> {
  const batchArticles = Math.max(1, options.batchArticles ?? 50);
  const batchMs = options.batchMs ?? 2000;
  let known: Entity[];
  try {
    await ensureSchema(driver);
    known = await loadKnownEntities(driver);
  } catch (error) {
    throw toGraphError(error);
  }
  const workers = options.extract ? 0 : (options.workers ?? defaultWorkers());
  const extractor: Extractor =
    workers === 0
      ? createInlineExtractor({ knownEntities: known, context: options.context, extract: options.extract })
      : await createWorkerExtractor({ workers, knownEntities: known, gazetteer: options.context?.gazetteer !== null });
  known = [];

  const written: WrittenArticle[] = [];
  const skipped: CorpusProblem[] = [];
  const failed: CorpusProblem[] = [];
  const counters: WriteCounters = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0, propertiesSet: 0 };
  let transactions = 0;
  let down: GraphError | null = null;
  let filesDone = 0;
  const report = (file: string, outcome: CorpusProgress['outcome']) => options.onProgress?.({ file, outcome, filesDone: ++filesDone });
  const fail = (file: string, reason: string, code?: string) => {
    failed.push(code === undefined ? { file, reason } : { file, reason, code });
    report(file, 'failed');
  };

  const writeOne = async (batch: readonly DocumentResult[]): Promise<void> => {
    if (down) {
      for (const r of batch) fail(r.file, 'not written, Neo4j became unreachable earlier in this run; re-run to write it', down.code);
      return;
    }
    const out = await writeBatchSplitting(driver, batch);
    transactions += out.transactions;
    for (const key of Object.keys(counters) as (keyof WriteCounters)[]) counters[key] += out[key];
    for (const { result, write } of out.written) {
      written.push({ documentId: write.documentId, file: write.file, title: result.title, entities: write.entityIds.length, events: result.events.length, mergedEvents: write.mergedEvents });
      report(write.file, 'written');
    }
    for (const { result, error } of out.failed) fail(result.file, error.message, error.code);
    if (out.down) down = out.down;
    if (out.written.length > 0) extractor.remember(entitiesOf(out.written.map((w) => w.result)));
  };

  // The writer: one batch at a time, in reading order, while extraction goes on.
  let writing: Promise<void> = Promise.resolve();
  let waiting = 0;
  let batch: DocumentResult[] = [];
  let batchStarted = 0;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (batch.length === 0) return writing;
    const full = batch;
    batch = [];
    waiting++;
    writing = writing.then(() => writeOne(full)).finally(() => waiting--);
    return writing;
  };
  const add = (result: DocumentResult) => {
    if (batch.length === 0) {
      batchStarted = Date.now();
      timer = setTimeout(() => void flush(), batchMs);
    }
    batch.push(result);
    if (batch.length >= batchArticles || Date.now() - batchStarted >= batchMs) void flush();
  };

  // Extraction in flight, kept in reading order so batches follow the input.
  const inFlightMax = Math.max(2, workers * 2);
  const queue: { file: string; result: Promise<DocumentResult> }[] = [];
  const settleHead = async () => {
    const { file, result } = queue.shift()!;
    try {
      add(await result);
    } catch (error) {
      fail(file, `extraction failed: ${messageOf(error)}`);
    }
  };
  let stopped = false;
  try {
    for await (const outcome of readArticles(paths, { published: options.published ?? null, maxBytes: options.maxBytes })) {
      if (options.signal?.aborted) {
        stopped = true;
        break;
      }
      if (!outcome.ok) {
        skipped.push({ file: outcome.file, reason: outcome.reason });
        report(outcome.file, 'skipped');
        continue;
      }
      const raw: RawArticle = outcome.article;
      const result = extractor.extract(raw);
      result.catch(() => {});
      queue.push({ file: raw.file, result });
      while (queue.length >= inFlightMax) await settleHead();
      // Backpressure: at most one batch waits behind the one being written.
      while (waiting > 1) await writing;
    }
    while (queue.length > 0) await settleHead();
    await flush();
  } finally {
    if (timer) clearTimeout(timer);
    await writing.catch(() => {});
    await extractor.close();
  }
  return {
    ...counters,
    written,
    skipped,
    failed,
    mergedEvents: written.reduce((n, w) => n + w.mergedEvents, 0),
    transactions,
    stopped,
  };
}
