/** The four kinds of named thing the extractor finds (see shared eval GUIDELINES). */
export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** A global, deterministic entity id such as `vladimir-putin` (see ids.ts). */
export type EntityId = string;

/** One surface form of an entity at a place in an article. Offsets index the original text. */
export interface Mention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence that holds the mention, within its article. */
  readonly sentenceIndex: number;
}

/** Coordinates from the offline gazetteer, or why there are none. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
  /** Where the coordinates came from, e.g. `geonames:170063` or `lexicon`. */
  readonly source: string;
}

/** One real-world thing, as resolved within and across articles. */
export interface Entity {
  readonly id: EntityId;
  /** The canonical display name (`Vladimir Putin`, `Hmeimim Air Base`). */
  readonly name: string;
  readonly type: EntityType;
  /** Every distinct surface form seen, the canonical name included. */
  readonly aliases: readonly string[];
  /** For LOCATION and COUNTRY: coordinates, or null when the gazetteer has no match. */
  readonly geo?: GeoPoint | null;
}

/**
 * A tie to the actor served, when the text states it: a person's ("Russian Defence Minister
 * Sergei Shoigu"), or a state body's or armed force's ("Syrian troops" serve Syria).
 */
export interface Affiliation {
  /** The one who serves: a person, or an organization that belongs to a state. */
  readonly person: EntityId;
  readonly actor: EntityId;
  /** The title or role as written ("Defence Minister"), when there is one. */
  readonly role: string | null;
}
