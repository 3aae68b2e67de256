/**
 * The property-graph model in Neo4j (ARCHITECTURE.md explains the choices).
 *
 *   (:Actor:Person|:Organization|:Country)-[:AGENT_IN]->(:Event)
 *   (:Event)-[:TARGETS]->(:Actor)
 *   (:Event)-[:AT]->(:Location)            a :Country is both :Actor and :Location
 *   (:Event)-[:REPORTED_IN {sentence, sentenceIndex, start, end}]->(:Document)
 *   (:Actor|:Location)-[:MENTIONED_IN {count, forms, starts, ends}]->(:Document)
 *   (:Person|:Organization)-[:AFFILIATED_WITH {role}]->(:Actor)   (a state body's tie to its country too)
 * Every Actor and Location is also an :Entity (the label its id is unique under).
 */
import type { EntityType } from './entity';

export const LABEL = {
  /**
   * Every Actor and Location node also carries `:Entity`, the one label its `id` is unique
   * under: a Country is both Actor and Location, and the writer MERGEs on `(:Entity {id})`
   * so an id can never become two nodes whatever type an article gives it.
   */
  Entity: 'Entity',
  Document: 'Document',
  Actor: 'Actor',
  Person: 'Person',
  Organization: 'Organization',
  Country: 'Country',
  Location: 'Location',
  Event: 'Event',
  // Curation (ARCHITECTURE.md): decisions stored beside the extractor's reading.
  /** An entity merged into another: its node stays, without its type labels, behind SAME_AS. */
  MergedEntity: 'MergedEntity',
  /** An event a person rejected: its node and links stay, without the :Event label. */
  RejectedEvent: 'RejectedEvent',
  /** A person's correction of one event (or an event a person added). */
  Override: 'Override',
  /** A split: these surface forms of one entity are another. */
  SplitRule: 'SplitRule',
  /** One entry of the append-only change log. */
  Change: 'Change',
} as const;
export type Label = (typeof LABEL)[keyof typeof LABEL];

export const REL = {
  AGENT_IN: 'AGENT_IN',
  TARGETS: 'TARGETS',
  AT: 'AT',
  REPORTED_IN: 'REPORTED_IN',
  MENTIONED_IN: 'MENTIONED_IN',
  AFFILIATED_WITH: 'AFFILIATED_WITH',
  /** (:MergedEntity)-[:SAME_AS {changeId, by, at, why, aliasesMoved}]->(the entity it reads as) */
  SAME_AS: 'SAME_AS',
} as const;
export type RelType = (typeof REL)[keyof typeof REL];

/** The labels a node of each entity type carries. Every entity node also has the `type` property. */
export const LABELS_FOR_ENTITY_TYPE: Readonly<Record<EntityType, readonly Label[]>> = {
  PERSON: [LABEL.Actor, LABEL.Person],
  ORGANIZATION: [LABEL.Actor, LABEL.Organization],
  COUNTRY: [LABEL.Actor, LABEL.Country, LABEL.Location],
  LOCATION: [LABEL.Location],
};

/** Name of the full-text index over entity names and aliases (server search uses it). */
export const FULLTEXT_ENTITY_INDEX = 'entityNames';

/** Stored properties of an entity node (Actor and/or Location). */
export interface EntityNodeProps {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  /** Aliases joined with the name, folded for fuzzy search ("hmeimim khmeimim hemeimeem"). */
  readonly searchText: string;
  readonly lat?: number | null;
  readonly lon?: number | null;
  /** `geonames:<id>`, `lexicon`, or `not-found` when the gazetteer had no match. */
  readonly geoSource?: string | null;
}

/** Stored properties of an Event node. */
export interface EventNodeProps {
  readonly id: string;
  readonly cameo: string;
  readonly cameoName: string;
  readonly quadClass: number;
  readonly date: string | null;
  readonly dateSource: string;
  readonly confidence: number;
  /** A short human label ("Vladimir Putin — yield — Syria"). */
  readonly label: string;
  /** How many articles report it (kept equal to the count of REPORTED_IN). */
  readonly sourceCount: number;
  /** Why reports were merged into this one event, one line per merge. */
  readonly mergeNotes: readonly string[];
}

/** Stored properties of a Document node. */
export interface DocumentNodeProps {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly published: string | null;
  readonly text: string;
  readonly chars: number;
}
