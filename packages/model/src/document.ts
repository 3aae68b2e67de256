import type { Affiliation, Entity, Mention } from './entity';
import type { EventRecord } from './event';

/** An article as read from its source, before any cleaning. */
export interface RawArticle {
  /** File name, `stdin`, or a caller-given name. */
  readonly file: string;
  readonly text: string;
  /** ISO day given by the caller (--published, front matter, API), if any. */
  readonly published?: string | null;
  readonly title?: string | null;
}

/** An entity as it appears in one article: the global entity plus that article's mentions. */
export interface DocumentEntity {
  readonly entity: Entity;
  readonly mentions: readonly Mention[];
}

/** Everything the pipeline learnt from one article: what gets written to the graph. */
export interface DocumentResult {
  /** Content hash of the original text: re-ingesting the same article hits the same node. */
  readonly documentId: string;
  readonly file: string;
  readonly title: string;
  /** ISO day or null when unknown. */
  readonly published: string | null;
  /** The original text, kept so every offset can be shown in context. */
  readonly text: string;
  readonly entities: readonly DocumentEntity[];
  readonly events: readonly EventRecord[];
  readonly affiliations: readonly Affiliation[];
  /** Non-fatal notes (an undated article, a place not in the gazetteer). */
  readonly warnings: readonly string[];
}
