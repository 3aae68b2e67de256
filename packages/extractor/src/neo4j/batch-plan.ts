/**
 * The cross-article merge planned for a whole batch from ONE candidate read. Pure: the
 * writer reads the stored candidates once, this plans every article in batch order, as if
 * each had been written in its own transaction: the events an earlier article of the batch
 * creates or joins become (or update) candidates for the later ones, exactly as the graph
 * would show them to a later transaction.
 */
import type { DocumentResult, EntityType } from '@kg/model';
import { DATE_SOURCE_RANK, planEventMerges, type EventCandidate, type MergeDecision } from '../event-merge';

/** Entity types whose node carries :Location (an AT link needs one). */
const PLACE_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['COUNTRY', 'LOCATION']);

/** For each event of a result, the entities mentioned inside its sentence. */
export function sentenceEntities(result: DocumentResult): Map<string, string[]> {
  const named = new Map<string, string[]>();
  for (const event of result.events) {
    const { start, end } = event.provenance;
    named.set(
      event.id,
      result.entities.filter(({ mentions }) => mentions.some((m) => m.start >= start && m.start < end)).map(({ entity }) => entity.id),
    );
  }
  return named;
}

type MutableCandidate = {
  -readonly [K in keyof EventCandidate]-?: K extends 'agents' | 'targets' | 'documentIds' | 'sentenceEntities' ? string[] : EventCandidate[K];
};

function mutable(c: EventCandidate): MutableCandidate {
  return {
    id: c.id,
    cameo: c.cameo,
    agents: [...c.agents],
    targets: [...c.targets],
    location: c.location,
    date: c.date,
    dateSource: c.dateSource,
    documentIds: [...c.documentIds],
    sentenceEntities: [...(c.sentenceEntities ?? [])],
  };
}

function addAll(list: string[], more: readonly string[]): void {
  for (const x of more) if (!list.includes(x)) list.push(x);
}

const rank = (source: string) => DATE_SOURCE_RANK[source as keyof typeof DATE_SOURCE_RANK] ?? 0;

/** Applies one article's written reports to the candidates, as MERGE_EVENTS/MERGE_ROLES do in the graph. */
function applyArticle(candidates: Map<string, MutableCandidate>, result: DocumentResult, plan: ReadonlyMap<string, MergeDecision>, named: ReadonlyMap<string, string[]>): void {
  const places = new Set(result.entities.filter(({ entity }) => PLACE_TYPES.has(entity.type)).map(({ entity }) => entity.id));
  for (const record of result.events) {
    const decision = plan.get(record.id) ?? { kind: 'new' };
    const id = decision.kind === 'new' ? record.id : decision.into;
    const location = record.location !== null && places.has(record.location) ? record.location : null;
    let c = candidates.get(id);
    if (!c) {
      c = { id, cameo: record.type, agents: [], targets: [], location: null, date: record.date, dateSource: record.dateSource, documentIds: [], sentenceEntities: [] };
      candidates.set(id, c);
    } else if (rank(c.dateSource) < rank(record.dateSource)) {
      c.date = record.date;
      c.dateSource = record.dateSource;
    }
    addAll(c.agents, record.agents);
    addAll(c.targets, record.targets);
    if (c.location === null) c.location = location;
    addAll(c.documentIds, [result.documentId]);
    addAll(c.sentenceEntities, named.get(record.id) ?? []);
  }
}

export interface BatchArticle {
  readonly result: DocumentResult;
  /** Record id → event id, for an article written before (a re-ingest). */
  readonly already: ReadonlyMap<string, string>;
}

/** Where every report of every article goes, article by article in batch order. */
export function planBatchMerges(articles: readonly BatchArticle[], stored: readonly EventCandidate[]): Map<string, MergeDecision>[] {
  const candidates = new Map(stored.map((c) => [c.id, mutable(c)]));
  return articles.map(({ result, already }) => {
    const named = sentenceEntities(result);
    const plan = new Map(planEventMerges(result.documentId, result.events, [...candidates.values()], already, named));
    applyArticle(candidates, result, plan, named);
    return plan;
  });
}
