/** What the ingest's main thread and its extraction workers say to each other (structured clones). */
import type { DocumentResult, Entity, RawArticle } from '@kg/model';

export interface WorkerSetup {
  /** The graph's entities when the run starts. */
  readonly knownEntities: readonly Entity[];
  /** Load the default gazetteer (true) or none. */
  readonly gazetteer: boolean;
}

export type ToWorker =
  | { readonly kind: 'extract'; readonly seq: number; readonly raw: RawArticle }
  /** Entities of a committed batch, for the articles still to come. */
  | { readonly kind: 'remember'; readonly entities: readonly Entity[] };

export type FromWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'result'; readonly seq: number; readonly result: DocumentResult }
  | { readonly kind: 'failed'; readonly seq: number; readonly message: string };
