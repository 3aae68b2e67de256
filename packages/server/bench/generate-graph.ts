/**
 * A repeatable synthetic graph that follows packages/model/src/graph.ts: countries,
 * organisations and people (Actors), places (Locations), articles (Documents) and events with
 * AGENT_IN, TARGETS, AT, REPORTED_IN, MENTIONED_IN and AFFILIATED_WITH. Pure: the same seed
 * gives the same rows. Actor popularity is skewed (a few countries take part in many events),
 * as in news, so neighbor expansion meets both hubs and leaves.
 */
import { seededRandom } from '@kg/testing';

export interface GraphSize {
  readonly countries: number;
  readonly organizations: number;
  readonly people: number;
  readonly places: number;
  readonly documents: number;
  readonly events: number;
}

export const DEFAULT_SIZE: GraphSize = { countries: 200, organizations: 4_000, people: 14_000, places: 6_000, documents: 6_000, events: 72_000 };

export interface EntityRow { id: string; name: string; type: string; labels: string; aliases: string[]; searchText: string }
export interface DocumentRow { id: string; file: string; title: string; published: string; text: string; chars: number }
export interface EventRow {
  id: string; cameo: string; cameoName: string; quadClass: number; date: string; label: string;
  agent: string; target: string; place: string | null; docs: string[];
}
export interface MentionRow { entity: string; doc: string; count: number }
export interface AffiliationRow { person: string; actor: string; role: string }

export interface SyntheticGraph {
  readonly entities: EntityRow[];
  readonly documents: DocumentRow[];
  readonly events: EventRow[];
  readonly mentions: MentionRow[];
  readonly affiliations: AffiliationRow[];
}

const SYLLABLES = ['ka', 'mir', 'hal', 'ab', 'dar', 'su', 'lo', 'ven', 'tor', 'ish', 'bu', 'kam', 'ra', 'mei', 'zan', 'el', 'or', 'qa', 'nim', 'tus'];
const CAMEO: readonly [string, string, number][] = [
  ['01', 'make public statement', 1], ['02', 'appeal', 1], ['03', 'express intent to cooperate', 1], ['04', 'consult', 1],
  ['05', 'engage in diplomatic cooperation', 1], ['06', 'engage in material cooperation', 2], ['07', 'provide aid', 2],
  ['08', 'yield', 2], ['10', 'demand', 3], ['11', 'disapprove', 3], ['12', 'reject', 3], ['13', 'threaten', 3],
  ['14', 'protest', 3], ['15', 'exhibit force posture', 4], ['17', 'coerce', 4], ['18', 'assault', 4], ['19', 'fight', 4],
];

const pad = (n: number, width = 6): string => String(n).padStart(width, '0');
const fold = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function generateGraph(seed: number, size: GraphSize = DEFAULT_SIZE): SyntheticGraph {
  const random = seededRandom(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  // Skewed choice: low indexes are picked far more often (roughly Zipf-like).
  const skewed = <T>(items: readonly T[]): T => items[Math.floor(items.length * random() ** 3)] as T;
  const word = (): string => {
    const parts = 2 + int(2);
    const w = Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
    return w.charAt(0).toUpperCase() + w.slice(1);
  };

  const entities: EntityRow[] = [];
  const entity = (id: string, name: string, type: string, labels: string, extra: string[] = []): EntityRow => {
    const aliases = [name, ...extra];
    const row = { id, name, type, labels, aliases, searchText: fold(aliases.join(' ')) };
    entities.push(row);
    return row;
  };
  const countries = Array.from({ length: size.countries }, (_, i) => entity(`country-${pad(i)}`, `${word()}ia`, 'COUNTRY', 'Actor:Country:Location', [`${word()}ian`]));
  const orgs = Array.from({ length: size.organizations }, (_, i) => entity(`org-${pad(i)}`, `${word()} ${pick(['Front', 'Army', 'Council', 'Forces', 'Party'])}`, 'ORGANIZATION', 'Actor:Organization'));
  const people = Array.from({ length: size.people }, (_, i) => entity(`person-${pad(i)}`, `${word()} ${word()}`, 'PERSON', 'Actor:Person'));
  const places = Array.from({ length: size.places }, (_, i) => entity(`place-${pad(i)}`, `${pick(['Al', 'Abu', 'Tell', 'Deir'])} ${word()}`, 'LOCATION', 'Location', [word()]));
  const actors = [...countries, ...orgs, ...people];
  const locations = [...countries, ...places];

  const day = (offset: number): string => new Date(Date.UTC(2017, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const documents: DocumentRow[] = Array.from({ length: size.documents }, (_, i) => {
    const text = `Synthetic article ${i} about ${pick(countries).name} and ${pick(orgs).name}.`;
    return { id: `doc-${pad(i)}`, file: `synthetic-${pad(i)}.txt`, title: `Report ${i}`, published: day(int(365)), text, chars: text.length };
  });

  const events: EventRow[] = [];
  const mentionCounts = new Map<string, MentionRow>();
  const mention = (entityId: string, doc: string): void => {
    const key = `${entityId}|${doc}`;
    const row = mentionCounts.get(key);
    if (row) row.count += 1;
    else mentionCounts.set(key, { entity: entityId, doc, count: 1 });
  };
  for (let i = 0; i < size.events; i++) {
    const [cameo, cameoName, quadClass] = pick(CAMEO);
    const agent = skewed(actors);
    let target = skewed(actors);
    if (target.id === agent.id) target = pick(actors);
    const place = random() < 0.7 ? skewed(locations).id : null;
    const docs = [pick(documents).id];
    if (random() < 0.6) docs.push(pick(documents).id);
    const uniqueDocs = [...new Set(docs)];
    // The first report names both parties (the writer's MENTIONED_IN, without every place).
    const firstDoc = uniqueDocs[0] as string;
    mention(agent.id, firstDoc);
    mention(target.id, firstDoc);
    events.push({
      id: `event-${pad(i, 7)}`, cameo: `${cameo}${int(10)}`, cameoName, quadClass, date: day(int(365)),
      label: `${agent.name} — ${cameoName} — ${target.name}`, agent: agent.id, target: target.id, place, docs: uniqueDocs,
    });
  }
  const affiliations: AffiliationRow[] = people.filter(() => random() < 0.6).map((person) => ({
    person: person.id, actor: random() < 0.5 ? skewed(countries).id : skewed(orgs).id, role: pick(['President', 'Minister', 'Commander', 'Spokesman']),
  }));
  return { entities, documents, events, mentions: [...mentionCounts.values()], affiliations };
}

export function countGenerated(graph: SyntheticGraph): { nodes: number; relationships: number } {
  const nodes = graph.entities.length + graph.documents.length + graph.events.length;
  const eventRels = graph.events.reduce((sum, e) => sum + 2 + (e.place ? 1 : 0) + e.docs.length, 0);
  return { nodes, relationships: eventRels + graph.mentions.length + graph.affiliations.length };
}
