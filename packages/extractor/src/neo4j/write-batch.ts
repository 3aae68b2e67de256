/**
 * Writes a batch of articles' DocumentResults in ONE write transaction: the batch is in the
 * graph whole or not at all, and gives the graph that writing its articles one by one, in
 * order, would give (the cross-article merge is planned for the whole batch from one
 * candidate read, see batch-plan.ts). The transaction function only MERGEs on stable keys
 * and recomputes what it sets, so the driver may retry it after a transient error, and
 * writing the same results twice changes nothing.
 *
 * Concurrent writers (several `kg ingest` on several machines, the server) stay correct:
 * every entity the batch names is written (so write-locked, in id order) before the
 * candidate read, so a writer whose articles share an agent with another's waits for that
 * one's commit and then sees its events; MERGE on uniquely constrained keys never doubles
 * a node.
 */
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { cameoRoot, type DocumentResult, type EventRecord } from '@kg/model';
import { DATE_SOURCE_RANK, type EventCandidate, type MergeDecision } from '../event-merge';
import { planBatchMerges, sentenceEntities } from './batch-plan';
import {
  CANDIDATE_EVENTS,
  COUNT_SOURCES,
  DROP_STALE_LINKS,
  EARLIER_REPORTS,
  MERGE_AFFILIATIONS,
  MERGE_DOCUMENTS,
  MERGE_ENTITIES,
  MERGE_EVENTS,
  MERGE_MENTIONS,
  MERGE_ROLES,
} from './queries';
import { documentRows, eventLabel, type DocumentRows, type EntityRow } from './rows';
import { toGraphError } from './errors';
import { applyDecisions } from '../curation/apply-decisions';
import { readDecisions } from './curation-decisions';

/** What was written for one article of a batch. */
export interface ArticleWrite {
  readonly documentId: string;
  readonly file: string;
  readonly entityIds: readonly string[];
  /** Graph ids of the article's events (a merged report gives the id of the event it joined). */
  readonly eventIds: readonly string[];
  /** Reports that joined an event another article had written. */
  readonly mergedEvents: number;
  readonly warnings: readonly string[];
}

/** What a transaction changed in the graph (Neo4j's counters). */
export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** What one batch changed: per article, and the transaction's counters. */
export interface BatchWrite extends WriteCounters {
  readonly articles: readonly ArticleWrite[];
}

/** What writing one article changed (a batch of one). */
export type WriteSummary = ArticleWrite & WriteCounters;

export function emptyCounters(): WriteCounters {
  return { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

export interface EventPlanRow {
  readonly documentId: string;
  readonly eventId: string;
  readonly recordId: string;
  readonly cameo: string;
  readonly cameoName: string;
  readonly quadClass: number;
  readonly date: string | null;
  readonly dateSource: string;
  readonly dateRank: number;
  readonly confidence: number;
  readonly label: string;
  readonly note: string | null;
  readonly sentence: string;
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  readonly trigger: string;
}

export interface RoleRow {
  readonly entityId: string;
  readonly eventId: string;
  readonly role: 'agent' | 'target' | 'at';
}

/** The event and role rows for a result, given where each report goes. */
export function eventRows(
  result: DocumentResult,
  plan: ReadonlyMap<string, MergeDecision>,
): { events: EventPlanRow[]; roles: RoleRow[] } {
  const names = new Map(result.entities.map(({ entity }) => [entity.id, entity.name]));
  const events: EventPlanRow[] = [];
  const roles: RoleRow[] = [];
  for (const record of result.events) {
    const decision = plan.get(record.id) ?? { kind: 'new' };
    const eventId = decision.kind === 'new' ? record.id : decision.into;
    events.push(eventRow(record, eventId, decision, result, names));
    for (const id of record.agents) roles.push({ entityId: id, eventId, role: 'agent' });
    for (const id of record.targets) roles.push({ entityId: id, eventId, role: 'target' });
    if (record.location) roles.push({ entityId: record.location, eventId, role: 'at' });
  }
  return { events, roles };
}

function eventRow(
  record: EventRecord,
  eventId: string,
  decision: MergeDecision,
  result: DocumentResult,
  names: ReadonlyMap<string, string>,
): EventPlanRow {
  const root = cameoRoot(record.type);
  return {
    documentId: result.documentId,
    eventId,
    recordId: record.id,
    cameo: record.type,
    cameoName: root.name,
    quadClass: record.quadClass,
    date: record.date,
    dateSource: record.dateSource,
    dateRank: DATE_SOURCE_RANK[record.dateSource] ?? 0,
    confidence: record.confidence,
    label: eventLabel(record, names),
    note: decision.kind === 'merge' ? `${result.file} (${result.documentId}): ${decision.note}` : null,
    sentence: record.provenance.sentence,
    sentenceIndex: record.provenance.sentenceIndex,
    start: record.provenance.start,
    end: record.provenance.end,
    trigger: record.trigger,
  };
}

async function readCandidates(tx: ManagedTransaction, results: readonly DocumentResult[]): Promise<EventCandidate[]> {
  const probes = results.flatMap((result) => result.events.filter((e) => e.agents.length > 0).map((e) => ({ cameo: e.type, agents: e.agents })));
  if (probes.length === 0) return [];
  const found = await tx.run(CANDIDATE_EVENTS, { probes });
  return found.records.map((r) => ({
    id: r.get('id') as string,
    cameo: r.get('cameo') as string,
    agents: r.get('agents') as string[],
    targets: r.get('targets') as string[],
    location: (r.get('location') as string | null) ?? null,
    date: (r.get('date') as string | null) ?? null,
    dateSource: (r.get('dateSource') as string | null) ?? 'unknown',
    documentIds: r.get('documentIds') as string[],
    sentenceEntities: r.get('sentenceEntities') as string[],
  }));
}

/**
 * One row per entity for the whole batch, in id order (writers lock in the same order, so
 * two of them rarely deadlock). Rows of the same entity fold as successive MERGEs would:
 * the first names and types it, aliases and words are unioned in article order, the first
 * real coordinates win over "not found".
 */
export function foldEntityRows(rows: readonly EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const prev = byId.get(row.id);
    if (!prev) {
      byId.set(row.id, row);
      continue;
    }
    const real = (r: EntityRow) => r.geoSource !== null && r.geoSource !== 'not-found';
    const geoFrom = real(prev) || (prev.geoSource !== null && !real(row)) ? prev : row;
    byId.set(row.id, {
      ...prev,
      aliases: [...new Set([...prev.aliases, ...row.aliases])],
      words: [...new Set([...prev.words, ...row.words])],
      lat: geoFrom.lat,
      lon: geoFrom.lon,
      geoSource: geoFrom.geoSource,
    });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Splits rows so that no key repeats within one round (each round is one statement). */
export function inRounds<T>(rows: readonly T[], key: (row: T) => string): T[][] {
  const rounds: T[][] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    const round = seen.get(k) ?? 0;
    seen.set(k, round + 1);
    (rounds[round] ??= []).push(row);
  }
  return rounds;
}

/** Keeps the first result of each document id (the same text twice in one batch). */
function distinctDocuments(results: readonly DocumentResult[]): DocumentResult[] {
  const seen = new Set<string>();
  return results.filter((r) => !seen.has(r.documentId) && seen.add(r.documentId));
}

async function writeBatchInTransaction(tx: ManagedTransaction, readings: readonly DocumentResult[]): Promise<BatchWrite> {
  // Analysts' corrections win over every new reading (../curation/apply-decisions.ts).
  const decisions = await readDecisions(tx, readings.map((r) => r.documentId));
  const batch = readings.map((reading) => applyDecisions(reading, decisions).result);
  const counters = emptyCounters();
  const run = async (text: string, params: Record<string, unknown>): Promise<QueryResult> => {
    const out = await tx.run(text, params);
    const updates = out.summary.counters.updates();
    for (const key of Object.keys(counters) as (keyof WriteCounters)[]) counters[key] += updates[key] ?? 0;
    return out;
  };
  const results = distinctDocuments(batch);
  const rowsOf = new Map<string, DocumentRows>(results.map((r) => [r.documentId, documentRows(r)]));
  const entityIdsOf = (id: string) => [...rowsOf.get(id)!.entitiesByType.values()].flat().map((e) => e.id);

  const written = await run(MERGE_DOCUMENTS, { documents: results.map((r) => rowsOf.get(r.documentId)!.document) });
  const existed = new Set(written.records.filter((r) => r.get('existed') === true).map((r) => r.get('id') as string));
  const entityRows = foldEntityRows(results.flatMap((r) => [...rowsOf.get(r.documentId)!.entitiesByType.values()].flat()));
  if (entityRows.length > 0) await run(MERGE_ENTITIES, { rows: entityRows });
  // Only an article written before can have links its new reading lacks.
  for (const result of results.filter((r) => existed.has(r.documentId))) {
    await run(DROP_STALE_LINKS, { documentId: result.documentId, entityIds: entityIdsOf(result.documentId), recordIds: result.events.map((e) => e.id) });
  }
  const mentions = results.flatMap((r) => rowsOf.get(r.documentId)!.mentions.map((m) => ({ ...m, documentId: r.documentId })));
  if (mentions.length > 0) await run(MERGE_MENTIONS, { rows: mentions });
  for (const round of inRounds(results.flatMap((r) => rowsOf.get(r.documentId)!.affiliations), (a) => `${a.person}|${a.actor}`)) {
    await run(MERGE_AFFILIATIONS, { rows: round });
  }

  const earlier = existed.size > 0 ? (await tx.run(EARLIER_REPORTS, { documentIds: [...existed] })).records : [];
  const alreadyOf = (documentId: string) =>
    new Map(earlier.filter((r) => r.get('documentId') === documentId).map((r) => [r.get('recordId') as string, r.get('eventId') as string]));
  const articles = results.map((result) => ({ result, already: alreadyOf(result.documentId) }));
  const plans = planBatchMerges(articles, await readCandidates(tx, results));
  const planned = results.map((result, i) => ({ result, ...eventRows(result, plans[i]!) }));
  const eventRowsAll = planned.flatMap((p) => p.events);
  for (const round of inRounds(eventRowsAll, (e) => e.eventId)) await run(MERGE_EVENTS, { rows: round, dateRanks: DATE_SOURCE_RANK });
  const roles = planned.flatMap((p) => p.roles);
  if (roles.length > 0) await run(MERGE_ROLES, { rows: roles });
  const touched = [...new Set(eventRowsAll.map((e) => e.eventId))];
  if (touched.length > 0) await run(COUNT_SOURCES, { eventIds: touched });

  const byId = new Map(planned.map(({ result, events }) => [result.documentId, { result, events }]));
  return {
    ...counters,
    articles: batch.map((result) => {
      const { events } = byId.get(result.documentId)!;
      return {
        documentId: result.documentId,
        file: result.file,
        entityIds: entityIdsOf(result.documentId),
        eventIds: [...new Set(events.map((e) => e.eventId))],
        mergedEvents: events.filter((e) => e.eventId !== e.recordId).length,
        warnings: rowsOf.get(result.documentId)!.warnings,
      };
    }),
  };
}

/** Writes the batch whole or not at all; transient failures are retried by the driver. */
export async function writeBatch(driver: Driver, results: readonly DocumentResult[]): Promise<BatchWrite> {
  if (results.length === 0) return { ...emptyCounters(), articles: [] };
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite((tx) => writeBatchInTransaction(tx, results));
  } catch (error) {
    throw toGraphError(error);
  } finally {
    await session.close();
  }
}

/** Writes one article whole or not at all (a batch of one). */
export async function writeDocument(driver: Driver, result: DocumentResult): Promise<WriteSummary> {
  const { articles, ...counters } = await writeBatch(driver, [result]);
  return { ...articles[0]!, ...counters };
}
