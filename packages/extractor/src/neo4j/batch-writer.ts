/**
 * The one writer behind `kg ingest` (ingestCorpus) and the server's `POST /api/documents`
 * (createDocumentIngester): batches of DocumentResults, each committed whole in one
 * transaction (writeBatch). A batch that fails after the driver's own retries of transient
 * errors is split in halves and each half written again, down to single articles, so one
 * bad article is reported and never blocks the others. An unreachable Neo4j (or refused
 * credentials) fails the whole batch at once: splitting would only wait out more retries.
 */
import type { Driver } from 'neo4j-driver';
import type { DocumentResult } from '@kg/model';
import { toGraphError, type GraphError } from './errors';
import { emptyCounters, writeBatch, type ArticleWrite, type WriteCounters } from './write-batch';

export interface BatchOutcome extends WriteCounters {
  readonly written: readonly { readonly result: DocumentResult; readonly write: ArticleWrite }[];
  readonly failed: readonly { readonly result: DocumentResult; readonly error: GraphError }[];
  readonly transactions: number;
  /** Set when Neo4j could not be reached: the caller should stop sending batches. */
  readonly down: GraphError | null;
}

export function isDownError(error: GraphError): boolean {
  return error.code === 'NEO4J_UNAVAILABLE' || error.code === 'NEO4J_AUTH';
}

export async function writeBatchSplitting(driver: Driver, batch: readonly DocumentResult[]): Promise<BatchOutcome> {
  const counters = emptyCounters();
  const written: { result: DocumentResult; write: ArticleWrite }[] = [];
  const failed: { result: DocumentResult; error: GraphError }[] = [];
  let transactions = 0;
  let down: GraphError | null = null;
  const attempt = async (part: readonly DocumentResult[]): Promise<void> => {
    if (down) {
      for (const result of part) failed.push({ result, error: down });
      return;
    }
    try {
      const out = await writeBatch(driver, part);
      transactions++;
      for (const key of Object.keys(counters) as (keyof WriteCounters)[]) counters[key] += out[key];
      out.articles.forEach((write, i) => written.push({ result: part[i]!, write }));
    } catch (error) {
      const graphError = toGraphError(error);
      if (isDownError(graphError)) {
        down = graphError;
        for (const result of part) failed.push({ result, error: graphError });
        return;
      }
      if (part.length === 1) {
        failed.push({ result: part[0]!, error: graphError });
        return;
      }
      const half = Math.ceil(part.length / 2);
      await attempt(part.slice(0, half));
      await attempt(part.slice(half));
    }
  };
  await attempt(batch);
  return { ...counters, written, failed, transactions, down };
}
