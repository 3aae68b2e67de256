/**
 * DocumentResult → the parameter rows the prepared Cypher statements UNWIND. Pure: no
 * driver here, so what a write would do can be shown (`kg ingest --dry-run`) and tested
 * without a database.
 */
import { cameoRoot, type DocumentNodeProps, type DocumentResult, type Entity, type EntityType, type EventRecord } from '@kg/model';

export interface EntityRow {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  /** Folded words of the name and aliases, merged into the node's `searchText`. */
  readonly words: readonly string[];
  readonly lat: number | null;
  readonly lon: number | null;
  /** Null when the extractor said nothing about coordinates (not a place). */
  readonly geoSource: string | null;
}

export interface MentionRow {
  readonly id: string;
  readonly count: number;
  readonly forms: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export interface AffiliationRow {
  readonly person: string;
  readonly actor: string;
  readonly role: string | null;
}

export interface DocumentRows {
  readonly document: DocumentNodeProps;
  readonly entitiesByType: ReadonlyMap<EntityType, readonly EntityRow[]>;
  readonly mentions: readonly MentionRow[];
  readonly affiliations: readonly AffiliationRow[];
  /** Problems that would make the graph lie (a role naming an entity the article does not have). */
  readonly warnings: readonly string[];
}

/** Lower case, no diacritics, apostrophes dropped, other punctuation as spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function searchWords(entity: Entity): string[] {
  const words = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) {
    for (const word of foldForSearch(form).split(' ')) if (word) words.add(word);
  }
  return [...words];
}

export function entityRow(entity: Entity): EntityRow {
  const aliases = [...new Set([entity.name, ...entity.aliases])];
  const geo = entity.geo;
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases,
    words: searchWords(entity),
    lat: geo ? geo.lat : null,
    lon: geo ? geo.lon : null,
    geoSource: geo ? geo.source : geo === null ? 'not-found' : null,
  };
}

function referencedIds(event: EventRecord): string[] {
  return [...event.agents, ...event.targets, ...(event.location ? [event.location] : [])];
}

export function documentRows(result: DocumentResult): DocumentRows {
  const entitiesByType = new Map<EntityType, EntityRow[]>();
  const mentions: MentionRow[] = [];
  const known = new Set<string>();
  for (const { entity, mentions: found } of result.entities) {
    if (known.has(entity.id)) continue;
    known.add(entity.id);
    const rows = entitiesByType.get(entity.type) ?? [];
    rows.push(entityRow(entity));
    entitiesByType.set(entity.type, rows);
    mentions.push({
      id: entity.id,
      count: found.length,
      forms: [...new Set(found.map((m) => m.text))],
      starts: found.map((m) => m.start),
      ends: found.map((m) => m.end),
    });
  }
  const warnings: string[] = [];
  for (const event of result.events) {
    for (const id of referencedIds(event)) {
      if (!known.has(id)) warnings.push(`event ${event.id} names entity ${id}, which the article does not list`);
    }
    if (result.text.slice(event.provenance.start, event.provenance.end) !== event.provenance.sentence) {
      warnings.push(`event ${event.id}: its sentence is not at ${event.provenance.start}–${event.provenance.end} of the text`);
    }
  }
  const affiliations = result.affiliations.filter((a) => known.has(a.person) && known.has(a.actor));
  return {
    document: {
      id: result.documentId,
      file: result.file,
      title: result.title,
      published: result.published,
      text: result.text,
      chars: result.text.length,
    },
    entitiesByType,
    mentions,
    affiliations: affiliations.map((a) => ({ person: a.person, actor: a.actor, role: a.role })),
    warnings,
  };
}

/** A short human label for an event node: "Vladimir Putin — yield — Syria". */
export function eventLabel(event: EventRecord, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const agents = event.agents.map(name).join(', ') || 'someone';
  const object = event.targets.length > 0 ? event.targets.map(name).join(', ') : event.location ? name(event.location) : null;
  return [agents, cameoRoot(event.type).name, ...(object ? [object] : [])].join(' — ');
}
