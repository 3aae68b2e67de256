/**
 * Resolve stage: candidates of one article → entities with aliases and mentions, one entity
 * per real-world thing. Joins surface forms by folded alias, by person surname ("Putin" →
 * "Vladimir Putin"; only the LAST word of a full name counts, so "al-Hassan" never joins
 * "Hassan Rouhani"), by transliteration key for places and organisations, and against the
 * entities known from earlier articles. Pure apart from reading the (mutable) registry.
 */
import { entityIdFor, type Affiliation, type DocumentEntity, type Entity, type EntityType, type GeoPoint, type Mention } from '@kg/model';
import type { Candidate } from './candidate';
import type { ExtractContext } from './context';
import type { ResolvedMention } from './events/event-input';
import { aliasKey, surnameOf } from './known-entities';
import { KeyIndex } from './key-index';
import { firstNameMatch, fuzzyKeyOk, initials, orgCore, surnameMatch } from './name-match';
import { arabicKey, foldName, nameWords } from './text-keys';
import { abbreviates } from './acronyms';

interface Cluster {
  type: EntityType;
  /** Fixed by a lexicon (canonical) or a known entity. */
  fixedName: string | null;
  /** Named by a lexicon entry: its type is certain. */
  lexical: boolean;
  knownId: string | null;
  names: string[];
  geo: GeoPoint | null;
  country: string | null;
  /** Votes for the type from name candidates. */
  votes: Map<EntityType, number>;
  refs: { c: Candidate; via: ResolvedMention['via'] }[];
}

export interface ResolvedEntities {
  readonly entities: readonly DocumentEntity[];
  /** Entities only demonyms stand for: actors of events, not entity mentions (GUIDELINES). */
  readonly implied: readonly Entity[];
  readonly mentions: readonly ResolvedMention[];
  readonly affiliations: readonly Affiliation[];
  readonly warnings: readonly string[];
}

/** How much a typing cue counts in a cluster's type vote (entity-types.ts names the cues). */
const CUE_WEIGHT: Readonly<Record<string, number>> = {
  title: 4, 'org-head': 3, 'place-head': 3, 'place-noun': 3, 'place-cue': 3, list: 2, role: 2, speech: 2,
  gazetteer: 2, 'first-name': 1.5, 'last-name': 1, 'weak-place': 1, default: 0.5,
};

const isPerson = (c: Cluster) => c.type === 'PERSON';
const words = (name: string) => nameWords(name);

/** Display name of a cluster: the lexicon's, the known entity's, or its longest form. */
function clusterName(c: Cluster): string {
  if (c.fixedName) return c.fixedName;
  return [...c.names.map((n) => n.replace(/\s+/g, ' '))].sort((a, b) => words(b).length - words(a).length || b.length - a.length)[0]!;
}

/** The keys findInDoc's joins look a name up by: each join's test implies equal keys. */
function joinKeys(name: string): string[] {
  const w = words(name);
  const keys = [`fold:${foldName(name)}`, `arabic:${arabicKey(name)}`, `initials:${initials(name)}`, `lead:${name.charAt(0).toLowerCase()}`];
  if (w.length) keys.push(`last:${arabicKey(w[w.length - 1]!)}`, `first:${arabicKey(w[0]!)}`, `lastWord:${w[w.length - 1]!}`);
  return keys;
}

/** Files a cluster's fixed name and names under their join keys. */
function fileCluster(index: KeyIndex<Cluster>, cl: Cluster): void {
  for (const n of cl.fixedName ? [cl.fixedName, ...cl.names] : cl.names) index.file(cl, joinKeys(n));
}

function findInDoc(index: KeyIndex<Cluster>, text: string, type: EntityType | null, lexical: boolean, ctx?: ExtractContext): Cluster | null {
  const fold = foldName(text);
  const w = words(text);
  const lastKey = w.length ? `last:${arabicKey(w[w.length - 1]!)}` : '';
  // A lone word that is the surname of a person of this article is that person, whatever weak cue typed it.
  if (!lexical && words(text).length === 1 && type !== 'ORGANIZATION') {
    const people = index.get(lastKey).filter((c) => isPerson(c) && [clusterName(c), ...c.names].some((n) => words(n).length >= 2 && surnameMatch(text, n)));
    if (people.length === 1) return people[0]!;
  }
  const exact = index.get(`fold:${fold}`).filter((c) => (type === null || c.type === type || !c.lexical) && [clusterName(c), ...c.names].some((n) => foldName(n) === fold));
  if (exact.length) return exact.find((c) => c.type === type) ?? exact[0]!;
  if (type === 'PERSON' || type === null) {
    const people = index.get(lastKey).filter((c) => isPerson(c) && c.names.some((n) => surnameMatch(text, n) || surnameMatch(n, text)));
    if (people.length === 1) return people[0]!;
  }
  if (type === 'PERSON') {
    const people = index.get(w.length ? `first:${arabicKey(w[0]!)}` : '').filter((c) => isPerson(c) && c.names.some((n) => firstNameMatch(text, n)));
    if (people.length === 1) return people[0]!;
  }
  if (/^[A-Z]{2,6}$/.test(text)) {
    // An acronym joins the one organisation of this article whose initials it is ("SOHR", "HTS").
    const hit = index.get(`initials:${text}`, `lead:${text[0]!.toLowerCase()}`).filter((c) => (c.type === 'ORGANIZATION' || c.type === 'LOCATION') && [clusterName(c), ...c.names].some((n) => initials(n) === text || abbreviates(text, n)));
    if (hit.length === 1) return hit[0]!;
  }
  if (type === 'ORGANIZATION' && ctx) {
    // "Iraqi Operations Command" = "Joint Operations Command": one name, less its state, ends the other.
    const a = orgCore(ctx, text);
    const hit = a.core.length >= 2 ? index.get(`lastWord:${w[w.length - 1]!}`).filter((c) => c.type === 'ORGANIZATION' && !c.lexical && c.names.some((n) => {
      const b = orgCore(ctx, n);
      if (b.core.length < 2 || (a.country && b.country && a.country !== b.country)) return false;
      const [short, long] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
      return short.every((w, i) => long[long.length - short.length + i] === w);
    })) : [];
    if (hit.length === 1) return hit[0]!;
  }
  if (type !== 'PERSON') {
    const ak = arabicKey(text);
    if (fuzzyKeyOk(ak, text)) {
      const hit = index.get(`arabic:${ak}`).find((c) => !isPerson(c) && (type === null || c.type === type) && [clusterName(c), ...c.names].some((n) => arabicKey(n) === ak));
      if (hit) return hit;
    }
  }
  return null;
}

/** The known entity (from earlier articles) a form names, if exactly one fits. */
function findKnown(ctx: ExtractContext, text: string, type: EntityType | null): Entity | null {
  const types: readonly EntityType[] = type ? [type] : ['PERSON', 'ORGANIZATION', 'LOCATION', 'COUNTRY'];
  for (const t of types) {
    const id = ctx.known.byAlias.get(aliasKey(t, text));
    if (id) return ctx.known.byId.get(id) ?? null;
  }
  if (type === 'PERSON' || type === null) {
    const w = words(text);
    const ids = ctx.known.bySurname.get(w[w.length - 1] ?? '') ?? [];
    const fits = ids.map((id) => ctx.known.byId.get(id)!).filter((e) => e && e.type === 'PERSON' && (w.length === 1 || surnameMatch(text, e.name)));
    if (fits.length === 1) return fits[0]!;
  }
  if (type === 'PERSON' && w1(text)) {
    const fits = [...ctx.known.byId.values()].filter((e) => e.type === 'PERSON' && firstNameMatch(text, e.name));
    if (fits.length === 1) return fits[0]!;
  }
  if (type !== 'PERSON') {
    const ak = arabicKey(text);
    if (fuzzyKeyOk(ak, text)) {
      for (const t of types) {
        const id = ctx.known.byArabicKey.get(`${t}|${ak}`);
        if (id) return ctx.known.byId.get(id) ?? null;
      }
    }
  }
  return null;
}

const w1 = (text: string) => words(text).length === 1;

function newCluster(type: EntityType, fixedName: string | null): Cluster {
  return { type, fixedName, lexical: false, knownId: null, names: [], geo: null, country: null, votes: new Map(), refs: [] };
}

function add(cl: Cluster, c: Candidate, via: ResolvedMention['via']): void {
  cl.refs.push({ c, via });
  // Distinct forms only: a name said a thousand times must not be compared a thousand times.
  if (via !== 'demonym' && !cl.names.includes(c.text)) cl.names.push(c.text);
  cl.geo ??= c.geo;
  cl.country ??= c.country;
  if (c.type) cl.votes.set(c.type, (cl.votes.get(c.type) ?? 0) + (CUE_WEIGHT[c.cue ?? ''] ?? 1));
}

/** Candidates with a lexicon identity first, then names longest first, then weak ones. */
function order(c: Candidate): number {
  if (c.canonical) return 0;
  if (c.kind === 'name') return 10 - Math.min(words(c.text).length, 9);
  return 20;
}

export function resolveEntities(ctx: ExtractContext, candidates: readonly Candidate[]): ResolvedEntities {
  const clusters: Cluster[] = [];
  const byCanonical = new Map<string, Cluster>();
  const byKnownId = new Map<string, Cluster>();
  const index = new KeyIndex<Cluster>();
  const addTo = (cl: Cluster, c: Candidate, via: ResolvedMention['via']) => { add(cl, c, via); fileCluster(index, cl); };
  const sorted = [...candidates].sort((a, b) => order(a) - order(b) || a.start - b.start);
  for (const c of sorted) {
    if (c.kind === 'gov-forces') continue; // generic phrase: not an entity (GUIDELINES)
    if (c.canonical) {
      const type: EntityType = c.kind === 'demonym' ? 'COUNTRY' : (c.type ?? 'ORGANIZATION');
      const key = `${type}|${c.canonical}`;
      let cl = byCanonical.get(key);
      if (!cl) {
        cl = newCluster(type, c.canonical);
        cl.lexical = true;
        byCanonical.set(key, cl);
        clusters.push(cl);
      }
      addTo(cl, c, c.kind === 'demonym' ? 'demonym' : c.text !== c.canonical && type === 'COUNTRY' && c.country && isCapitalForm(ctx, c) ? 'capital' : 'name');
      continue;
    }
    const hit = findInDoc(index, c.text, c.kind === 'pending' ? null : c.type, false, ctx);
    if (hit) { addTo(hit, c, 'name'); continue; }
    const known = findKnown(ctx, c.text, c.kind === 'pending' ? null : c.type);
    if (known) {
      const cl = byKnownId.get(known.id) ?? newCluster(known.type, known.name);
      if (!cl.knownId) { cl.knownId = known.id; cl.geo = known.geo ?? null; clusters.push(cl); byKnownId.set(known.id, cl); }
      addTo(cl, c, 'name');
      continue;
    }
    if (!c.type) continue; // a lone capitalised word nothing else supports
    const cl = newCluster(c.type, null);
    clusters.push(cl);
    addTo(cl, c, 'name');
  }
  return finish(ctx, clusters);
}

function isCapitalForm(ctx: ExtractContext, c: Candidate): boolean {
  const row = ctx.lexicon.countries.get(c.country!);
  if (!row) return false;
  const f = foldName(c.text);
  return [...row.capitals, ...row.seats].some((x) => foldName(x) === f);
}

function finalType(cl: Cluster): EntityType {
  if (cl.fixedName) return cl.type;
  let best = cl.type;
  let n = 0;
  for (const [t, v] of cl.votes) if (v > n) { best = t; n = v; }
  return best;
}

/**
 * A state's armed force or ministry serves that state; a monitoring group named after a
 * country ("the Syrian Observatory") does not.
 */
function servesState(c: Candidate): boolean {
  if (!c.country) return false;
  return c.kind === 'military' || (c.kind === 'body' && !/observatory/i.test(c.canonical ?? c.text));
}

function finish(ctx: ExtractContext, clusters: readonly Cluster[]): ResolvedEntities {
  const entities: DocumentEntity[] = [];
  const implied: Entity[] = [];
  const mentions: ResolvedMention[] = [];
  const affiliations: Affiliation[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, Entity>();
  const entityAt = new Map<string, number>();
  for (const cl of clusters) {
    const type = finalType(cl);
    const name = clusterName(cl);
    // A new full name may be an entity an earlier article knew by another form.
    const known = cl.knownId ? ctx.known.byId.get(cl.knownId) : cl.fixedName ? null : findKnownForCluster(ctx, cl, type);
    const id = known?.id ?? entityIdFor(name);
    const displayName = known?.name ?? name;
    let geo: GeoPoint | null | undefined = undefined;
    if (type === 'LOCATION' || type === 'COUNTRY') {
      const row = type === 'COUNTRY' && cl.country ? ctx.lexicon.countries.get(cl.country) : undefined;
      geo = cl.geo ?? known?.geo ?? (row ? { lat: row.lat, lon: row.lon, source: 'lexicon' } : lookupGeo(ctx, [displayName, ...cl.names]));
      if (!geo) warnings.push(`place "${displayName}" was not found in the gazetteer; it has no coordinates (geo: null)`);
    }
    const aliases = [...new Set([displayName, ...cl.names])];
    const prev = seen.get(id);
    const entity: Entity = { id, name: displayName, type: prev?.type ?? type, aliases: prev ? [...new Set([...prev.aliases, ...aliases])] : aliases, ...(geo !== undefined ? { geo: prev?.geo ?? geo } : {}) };
    seen.set(id, entity);
    const named = cl.refs.filter((r) => r.via !== 'demonym');
    for (const r of cl.refs) mentions.push({ entityId: id, type: entity.type, text: r.c.text, start: r.c.start, end: r.c.end, sentenceIndex: r.c.sentenceIndex, via: r.via });
    const ms: Mention[] = named.map((r) => ({ text: r.c.text, start: r.c.start, end: r.c.end, sentenceIndex: r.c.sentenceIndex }));
    const existing = entityAt.get(id) ?? -1;
    if (existing >= 0) entities[existing] = { entity, mentions: [...entities[existing]!.mentions, ...ms] };
    else if (ms.length) entityAt.set(id, entities.push({ entity, mentions: ms }) - 1);
    else implied.push(entity);
    if (type === 'PERSON') {
      for (const r of cl.refs) {
        if (!r.c.title || !r.c.country) continue;
        const row = ctx.lexicon.countries.get(r.c.country);
        if (!row) continue;
        const actor = entityIdFor(row.name);
        if (!affiliations.some((a) => a.person === id && a.actor === actor)) affiliations.push({ person: id, actor, role: r.c.title });
      }
    }
    // A state's armed force or ministry ("Syrian troops", "Russian Defence Ministry") serves
    // that state, so the actor network can roll it up into the country as it does people.
    const stateRef = type === 'ORGANIZATION' ? cl.refs.find((r) => servesState(r.c)) : undefined;
    const stateRow = stateRef ? ctx.lexicon.countries.get(stateRef.c.country!) : undefined;
    if (stateRef && stateRow) {
      const actor = entityIdFor(stateRow.name);
      if (actor !== id && !affiliations.some((a) => a.person === id && a.actor === actor)) {
        affiliations.push({ person: id, actor, role: stateRef.c.kind === 'military' ? 'armed forces' : 'state body' });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const d of entities) (d.mentions as Mention[]).sort((a, b) => a.start - b.start);
  // Keep only entities with a mention among the implied ones: an entity may have been both.
  const listed = new Set(entities.map((d) => d.entity.id));
  return { entities, implied: implied.filter((e) => !listed.has(e.id)), mentions, affiliations, warnings };
}

function findKnownForCluster(ctx: ExtractContext, cl: Cluster, type: EntityType): Entity | null {
  for (const n of [...cl.names].sort((a, b) => words(b).length - words(a).length)) {
    const k = findKnown(ctx, n, type);
    if (k) return k;
  }
  return null;
}

function lookupGeo(ctx: ExtractContext, names: readonly string[]): GeoPoint | null {
  for (const n of names) {
    const g = ctx.gazetteer?.lookup(n);
    if (g) return { lat: g.lat, lon: g.lon, source: `geonames:${g.id}` };
  }
  return null;
}

export { surnameOf, surnameMatch };
