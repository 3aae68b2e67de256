/**
 * POST /api/documents' ingest: check that Neo4j answers (fail fast, before seconds of
 * extraction), load the entities the graph knows, extract in the worker pool, then write.
 * The write is one function, `write`, so a batched writer can take its place.
 */
import type { Driver } from 'neo4j-driver';
import type { DocumentResult, Entity, RawArticle } from '@kg/model';
import { loadKnownEntities, writeDocument, type ArticleWrite } from '@kg/extractor';
import { neo4jUnavailable } from '../errors';
import type { ExtractionPool } from './extraction-pool';

export type WriteExtracted = (driver: Driver, result: DocumentResult) => Promise<ArticleWrite>;
/** The entities the graph knows, for the extractor's context. */
export type KnownEntities = (driver: Driver) => Promise<readonly Entity[]>;

export interface IngestedArticle extends ArticleWrite {
  readonly title: string;
  readonly entities: number;
  readonly events: number;
}

/** How long a write waits to hear from Neo4j before answering 503. */
export const AVAILABILITY_TIMEOUT_MS = 3_000;

/** Resolves when Neo4j answers within `timeoutMs`; throws the 503 HttpError otherwise. */
export async function assertGraphAvailable(driver: Driver, timeoutMs = AVAILABILITY_TIMEOUT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([driver.getServerInfo(), late]);
  } catch (error) {
    throw neo4jUnavailable(error);
  } finally {
    clearTimeout(timer);
  }
}

export function pooledIngest(pool: ExtractionPool, write: WriteExtracted = writeDocument, knownEntities: KnownEntities = loadKnownEntities) {
  return async (driver: Driver, raw: RawArticle): Promise<IngestedArticle> => {
    await assertGraphAvailable(driver);
    const known = await knownEntities(driver);
    const result = await pool.extract(raw, known);
    const summary = await write(driver, result);
    return { ...summary, title: result.title, entities: result.entities.length, events: result.events.length };
  };
}
