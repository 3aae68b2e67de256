/**
 * A repeatable generator of DocumentResults for the ingest benchmark: a seeded PRNG picks
 * actors, places, CAMEO codes and dates, so every run writes the same graph.
 */
import { CAMEO_ROOTS, type DateSource, type DocumentEntity, type DocumentResult, type Entity, type EntityType, type EventRecord } from '@kg/model';
import { seededRandom } from '@kg/testing';

export interface SyntheticCorpusOptions {
  readonly seed: number;
  readonly events: number;
  readonly eventsPerDocument: number;
  readonly actors?: number;
  readonly places?: number;
}

function makeEntities(count: number, type: EntityType, prefix: string): Entity[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    name: `${prefix[0]!.toUpperCase()}${prefix.slice(1)} ${i}`,
    type,
    aliases: [`${prefix} ${i}`, `${prefix.toUpperCase()}${i}`],
    ...(type === 'LOCATION' ? { geo: { lat: (i % 180) - 90, lon: (i % 360) - 180, source: 'synthetic' } } : {}),
  }));
}

/** Yields documents until `events` events have been produced. */
export function* syntheticResults(options: SyntheticCorpusOptions): Generator<DocumentResult> {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const people = makeEntities(Math.round((options.actors ?? 3000) * 0.6), 'PERSON', 'person');
  const orgs = makeEntities(Math.round((options.actors ?? 3000) * 0.3), 'ORGANIZATION', 'org');
  const countries = makeEntities(Math.round((options.actors ?? 3000) * 0.1), 'COUNTRY', 'country');
  const actors = [...people, ...orgs, ...countries];
  const places = [...makeEntities(options.places ?? 1000, 'LOCATION', 'place'), ...countries];
  const dateSources: DateSource[] = ['explicit', 'relative', 'publication', 'unknown'];

  let made = 0;
  for (let doc = 0; made < options.events; doc++) {
    const documentId = `bench-doc-${options.seed}-${doc}`;
    const sentences: string[] = [];
    const events: EventRecord[] = [];
    const used = new Map<string, Entity>();
    let offset = 0;
    const count = Math.min(options.eventsPerDocument, options.events - made);
    for (let i = 0; i < count; i++) {
      const agents = [pick(actors), ...(random() < 0.3 ? [pick(actors)] : [])];
      const targets = random() < 0.7 ? [pick(actors)] : [];
      const location = random() < 0.7 ? pick(places) : null;
      for (const e of [...agents, ...targets, ...(location ? [location] : [])]) used.set(e.id, e);
      const root = pick(CAMEO_ROOTS);
      const dateSource = pick(dateSources);
      const sentence = `${agents.map((a) => a.name).join(' and ')} did ${root.name} to ${targets.map((t) => t.name).join(', ') || 'nobody'}${location ? ` in ${location.name}` : ''}.`;
      events.push({
        id: `${documentId}:e${offset}`,
        type: root.code,
        quadClass: root.quadClass,
        trigger: root.name,
        agents: [...new Set(agents.map((a) => a.id))],
        targets: targets.map((t) => t.id),
        location: location?.id ?? null,
        date: dateSource === 'unknown' ? null : `2017-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
        dateSource,
        confidence: Math.round(random() * 100) / 100,
        provenance: { file: `${documentId}.txt`, documentId, sentenceIndex: i, start: offset, end: offset + sentence.length, sentence },
      });
      sentences.push(sentence);
      offset += sentence.length + 1;
    }
    made += count;
    const text = sentences.join(' ');
    const entities: DocumentEntity[] = [...used.values()].map((entity) => {
      const at = text.indexOf(entity.name);
      return { entity, mentions: [{ text: entity.name, start: at, end: at + entity.name.length, sentenceIndex: 0 }] };
    });
    yield { documentId, file: `${documentId}.txt`, title: `Synthetic ${doc}`, published: '2017-12-31', text, entities, events, affiliations: [], warnings: [] };
  }
}
