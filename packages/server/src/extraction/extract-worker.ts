/**
 * Runs in a worker thread of the extraction pool: one article and the entities the graph
 * already knows → the extractor's DocumentResult. Pure CPU, no driver: reads and writes stay
 * on the main thread. The context's lexicons and gazetteer load once per worker.
 */
import type { DocumentResult, Entity, RawArticle } from '@kg/model';
import { createExtractContext, extractDocument } from '@kg/extractor';

export interface ExtractTask {
  readonly raw: RawArticle;
  readonly known: readonly Entity[];
}

// Load the lexicons and the gazetteer when the thread starts, not on the first article.
createExtractContext();

export default function extractInWorker(task: ExtractTask): DocumentResult {
  return extractDocument(task.raw, createExtractContext({ knownEntities: task.known }));
}
