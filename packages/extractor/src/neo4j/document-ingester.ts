/**
 * Articles one at a time (the server's `POST /api/documents`) through the same writer as
 * `kg ingest`: the known-entity context is loaded from the graph once, grows with every
 * article written, and is re-read only when older than `refreshMs` (to see what other
 * writers, e.g. a `kg ingest` elsewhere, added). Articles that arrive while a batch is being
 * written are committed together in the next transaction.
 */
import type { Driver } from 'neo4j-driver';
import type { DocumentResult, Entity, RawArticle } from '@kg/model';
import { createExtractContext, rememberEntities, type ExtractContext, type ExtractContextOptions } from '../context';
import { extractDocument } from '../extract-document';
import type { ExtractFn } from '../parallel/extract-pool';
import { writeBatchSplitting } from './batch-writer';
import { toGraphError } from './errors';
import { loadKnownEntities } from './known-entities';
import type { IngestedDocument } from './ingest';

export interface DocumentIngesterOptions {
  /** How long the loaded context is trusted before the graph is read again (default 5 min). */
  readonly refreshMs?: number;
  readonly extract?: ExtractFn;
  readonly context?: Omit<ExtractContextOptions, 'knownEntities'>;
}

export interface DocumentIngester {
  /** Extracts with the shared context and writes; resolves once the article is committed. */
  ingest(raw: RawArticle): Promise<IngestedDocument>;
  /** Extracted results written through the shared writer (for callers that extract elsewhere, e.g. a worker pool). */
  write(result: DocumentResult): Promise<IngestedDocument>;
  /** The current context (loaded on first use). */
  context(): Promise<ExtractContext>;
  /** The context's entities: the graph's when loaded, plus every article written since. */
  knownEntities(): Promise<readonly Entity[]>;
}

interface Waiting {
  readonly result: DocumentResult;
  readonly ok: (done: IngestedDocument) => void;
  readonly fail: (error: Error) => void;
}

export function createDocumentIngester(driver: Driver, options: DocumentIngesterOptions = {}): DocumentIngester {
  const refreshMs = options.refreshMs ?? 5 * 60_000;
  const extract = options.extract ?? extractDocument;
  let loaded: { ctx: Promise<ExtractContext>; at: number } | null = null;
  const context = (): Promise<ExtractContext> => {
    if (!loaded || Date.now() - loaded.at > refreshMs) {
      const ctx = loadKnownEntities(driver).then(
        (known) => createExtractContext({ ...options.context, knownEntities: known }),
        (error: unknown) => {
          loaded = null;
          throw toGraphError(error);
        },
      );
      loaded = { ctx, at: Date.now() };
    }
    return loaded.ctx;
  };

  let queue: Waiting[] = [];
  let writing = false;
  const drain = async (): Promise<void> => {
    if (writing) return;
    writing = true;
    try {
      while (queue.length > 0) {
        const batch = queue;
        queue = [];
        const out = await writeBatchSplitting(driver, batch.map((w) => w.result));
        const ctx = await context().catch(() => null);
        for (const { result, write } of out.written) {
          if (ctx) rememberEntities(ctx, result);
          const waiting = batch.find((w) => w.result === result)!;
          waiting.ok({ ...write, title: result.title, entities: result.entities.length, events: result.events.length });
        }
        for (const { result, error } of out.failed) batch.find((w) => w.result === result)!.fail(error);
      }
    } finally {
      writing = false;
    }
  };
  const write = (result: DocumentResult) =>
    new Promise<IngestedDocument>((ok, fail) => {
      queue.push({ result, ok, fail });
      void drain();
    });
  return {
    context,
    knownEntities: async () => [...(await context()).known.byId.values()],
    write,
    ingest: async (raw) => write(extract(raw, await context())),
  };
}
