/**
 * Extraction off the request loop: a piscina pool of worker threads running
 * extract-worker.ts, so a 200k-character article costs a worker its seconds, not every other
 * request. Bounded: a few threads, a short queue (503 beyond it), a heap limit per worker and
 * a time limit per article. Threads start on demand and end when idle, so an idle server
 * (or a test) holds none.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { DocumentResult, Entity, RawArticle } from '@kg/model';
import { HttpError } from '../errors';
import { repoRoot } from '../repo-root';
import type { ExtractTask } from './extract-worker';

export interface ExtractionPoolOptions {
  /** Worker threads (default 1: the machine's other cores serve requests and Neo4j). */
  readonly threads?: number;
  /** Articles waiting for a thread before new ones get 503 (default 4). */
  readonly maxQueue?: number;
  /** Longest one article may take (default 120 s). */
  readonly taskTimeoutMs?: number;
  /** Heap of one worker (default 1024 MB). */
  readonly workerHeapMb?: number;
  /** Start the threads now and keep them (a server), instead of on demand (tests, scripts). */
  readonly warm?: boolean;
}

export interface ExtractionPool {
  extract(raw: RawArticle, known: readonly Entity[]): Promise<DocumentResult>;
  close(): Promise<void>;
}

const RETRY_AFTER_SECONDS = 10;

const busy = (waiting: number): HttpError =>
  new HttpError(503, 'EXTRACTION_BUSY', `The extractor is busy: ${waiting} articles are waiting for a worker.`, {
    hint: `Retry in ${RETRY_AFTER_SECONDS} s.`,
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  });

/** The worker is TypeScript like the rest of the repository: tsx loads it in the thread. */
function workerSource(): { filename: string; execArgv: string[] } {
  const serverDir = join(repoRoot(), 'packages/server');
  const tsx = createRequire(join(serverDir, 'package.json')).resolve('tsx');
  return { filename: pathToFileURL(join(serverDir, 'src/extraction/extract-worker.ts')).href, execArgv: ['--import', pathToFileURL(tsx).href] };
}

export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const source = workerSource();
  const maxQueue = options.maxQueue ?? 4;
  const taskTimeoutMs = options.taskTimeoutMs ?? 120_000;
  const pool = new Piscina<ExtractTask, DocumentResult>({
    filename: source.filename,
    execArgv: source.execArgv,
    minThreads: options.warm ? (options.threads ?? 1) : 0,
    maxThreads: options.threads ?? 1,
    idleTimeout: 30_000,
    maxQueue,
    resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb ?? 1024 },
  });
  return {
    async extract(raw, known) {
      if (pool.queueSize >= maxQueue) throw busy(pool.queueSize);
      try {
        return await pool.run({ raw, known: [...known] }, { signal: AbortSignal.timeout(taskTimeoutMs) });
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') {
          throw new HttpError(422, 'EXTRACTION_FAILED', `The article took longer than ${Math.round(taskTimeoutMs / 1000)} s to extract and was stopped.`, {
            hint: 'Split the article into smaller parts.',
            cause: error,
          });
        }
        if (error instanceof Error && /queue is at limit/i.test(error.message)) throw busy(pool.queueSize);
        throw error;
      }
    },
    close: () => pool.destroy(),
  };
}
