/**
 * Extraction for `ingestCorpus`: on worker threads (one extractor context per worker), or on
 * the calling thread when `workers` is 0 or the caller brings its own extract function.
 * Both give the same interface: extract an article, remember committed entities, close.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentResult, Entity, RawArticle } from '@kg/model';
import { findRepoRoot } from '@kg/embedded-neo4j';
import { createExtractContext, rememberEntities, type ExtractContext, type ExtractContextOptions } from '../context';
import { extractDocument } from '../extract-document';
import { rememberEntity } from '../known-entities';
import type { FromWorker, ToWorker, WorkerSetup } from './messages';

export interface Extractor {
  extract(raw: RawArticle): Promise<DocumentResult>;
  /** Entities of a committed batch, for the articles still to extract. */
  remember(entities: readonly Entity[]): void;
  close(): Promise<void>;
}

/** The pure pipeline; injectable so a caller can run another extractor over the same writer. */
export type ExtractFn = (raw: RawArticle, ctx: ExtractContext) => DocumentResult;

export function createInlineExtractor(options: { knownEntities: readonly Entity[]; context?: Omit<ExtractContextOptions, 'knownEntities'>; extract?: ExtractFn }): Extractor {
  const ctx = createExtractContext({ ...options.context, knownEntities: options.knownEntities });
  const extract = options.extract ?? extractDocument;
  return {
    extract: async (raw) => {
      const result = extract(raw, ctx);
      rememberEntities(ctx, result);
      return result;
    },
    remember: (entities) => {
      for (const entity of entities) rememberEntity(ctx.known, entity);
    },
    close: async () => {},
  };
}

/**
 * Workers do not inherit a loader for TypeScript when the parent is not run by tsx (jest):
 * each registers tsx's ESM hooks itself (resolved from this package, whatever the cwd),
 * then imports the worker module.
 */
function bootScript(): string {
  const extractorDir = join(findRepoRoot(), 'packages', 'extractor');
  const tsxApi = createRequire(join(extractorDir, 'package.json')).resolve('tsx/esm/api');
  const worker = pathToFileURL(join(extractorDir, 'src', 'parallel', 'extract-worker.ts')).href;
  return `require(${JSON.stringify(tsxApi)}).register(); import(${JSON.stringify(worker)});`;
}

interface Pending {
  readonly ok: (result: DocumentResult) => void;
  readonly fail: (error: Error) => void;
}

/** `workers` threads, each with its own context; an article goes to the least busy one. */
export async function createWorkerExtractor(options: { workers: number; knownEntities: readonly Entity[]; gazetteer?: boolean }): Promise<Extractor> {
  const setup: WorkerSetup = { knownEntities: options.knownEntities, gazetteer: options.gazetteer ?? true };
  const boot = bootScript();
  const pending = new Map<number, Pending>();
  const busy: number[] = [];
  const owner = new Map<number, number>();
  let seq = 0;
  let broken: Error | null = null;
  const pool = Array.from({ length: Math.max(1, options.workers) }, () => new Worker(boot, { eval: true, workerData: setup }));
  const failAll = (error: Error) => {
    broken = error;
    for (const p of pending.values()) p.fail(error);
    pending.clear();
  };
  await Promise.all(
    pool.map(
      (worker, index) =>
        new Promise<void>((ready, fail) => {
          busy[index] = 0;
          worker.on('message', (message: FromWorker) => {
            if (message.kind === 'ready') return ready();
            const waiting = pending.get(message.seq);
            pending.delete(message.seq);
            busy[owner.get(message.seq)!]! -= 1;
            owner.delete(message.seq);
            if (!waiting) return;
            if (message.kind === 'result') waiting.ok(message.result);
            else waiting.fail(new Error(message.message));
          });
          worker.once('error', (error) => {
            fail(error);
            failAll(new Error(`an extraction worker stopped: ${error.message}`));
          });
        }),
    ),
  );
  const post = (worker: Worker, message: ToWorker) => worker.postMessage(message);
  return {
    extract: (raw) => {
      if (broken) return Promise.reject(broken);
      const index = busy.indexOf(Math.min(...busy));
      const id = seq++;
      busy[index]! += 1;
      owner.set(id, index);
      return new Promise<DocumentResult>((ok, fail) => {
        pending.set(id, { ok, fail });
        post(pool[index]!, { kind: 'extract', seq: id, raw });
      });
    },
    remember: (entities) => {
      for (const worker of pool) post(worker, { kind: 'remember', entities });
    },
    close: async () => {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
