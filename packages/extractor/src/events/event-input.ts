/**
 * The input of the event stage: one cleaned, sentence-split article whose entity mentions are
 * already resolved to global entities. Produced by extract-document.ts, consumed by
 * extract-events.ts; plain data so the stage stays a pure function.
 */
import type { Entity, EntityId, EntityType } from '@kg/model';
import type { Sentence } from '../sentences';
import type { Token } from '../tokens';

/** A mention after resolution: which entity it names, where, and how it was written. */
export interface ResolvedMention {
  readonly entityId: EntityId;
  readonly type: EntityType;
  readonly text: string;
  /** Offsets into the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  /**
   * How the mention stands for its entity: the name itself, a capital standing for its state
   * ("Moscow criticised"), a demonym standing for the state's forces ("Russian troops"), or a
   * pronoun/descriptor resolved by rule ("the president").
   */
  readonly via: 'name' | 'capital' | 'demonym' | 'descriptor';
}

export interface EventInput {
  readonly documentId: string;
  readonly file: string;
  /** The original text; every offset indexes it. */
  readonly text: string;
  /** ISO day (YYYY-MM-DD) the article was published, the anchor of relative dates. */
  readonly published: string | null;
  /** Sentences of the cleaned article, in order (boilerplate already dropped). */
  readonly sentences: readonly Sentence[];
  /** Every resolved mention, sorted by start. */
  readonly mentions: readonly ResolvedMention[];
  /** The entities the mentions point to, by id. */
  readonly entities: ReadonlyMap<EntityId, Entity>;
  /**
   * Optional: each sentence's tokens (`tokenize(text, s.start, s.end)`), in sentence order, when
   * the caller has them already; the stage tokenizes itself otherwise.
   */
  readonly tokens?: readonly (readonly Token[])[];
}
