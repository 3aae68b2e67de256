import type { EntityType, GeoPoint } from '@kg/model';

/**
 * A stretch of a sentence that names (or stands for) an entity, before resolution.
 * `kind` says how it was found: a capitalised name, a lexicon entry, a demonym, a state's armed
 * force ("Syrian troops"), a national body ("Russian Defence Ministry"), "government forces",
 * or a lone capitalised word that only counts if it matches an entity found elsewhere.
 */
export type CandidateKind = 'name' | 'lexicon' | 'demonym' | 'military' | 'body' | 'gov-forces' | 'pending';

export interface Candidate {
  readonly kind: CandidateKind;
  readonly type: EntityType | null;
  /** The surface form, titles stripped ("Vladimir Putin"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  /** Canonical name when a lexicon names it. */
  readonly canonical: string | null;
  /** The state involved (demonym prefix, national body, capital). */
  readonly country: string | null;
  /** Title or role before the name, as written ("Defense Minister"). */
  readonly title: string | null;
  readonly geo: GeoPoint | null;
  readonly armed: boolean;
  /** Which rule typed it (entity-types.ts): resolve weighs type votes by it. */
  readonly cue?: string;
  /** Token range within the sentence. */
  readonly first: number;
  readonly last: number;
}
