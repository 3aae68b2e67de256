/**
 * Writes one article's DocumentResult in ONE write transaction: the article is in the
 * graph whole or not at all. The transaction function only MERGEs on stable keys and
 * recomputes what it sets, so the driver may retry it after a transient error, and writing
 * the same result twice changes nothing.
 */
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { cameoRoot, type DocumentResult, type EventRecord } from '@kg/model';
import { DATE_SOURCE_RANK, planEventMerges, type EventCandidate, type MergeDecision } from '../event-merge';
import {
  CANDIDATE_EVENTS,
  COUNT_SOURCES,
  DROP_STALE_LINKS,
  EARLIER_REPORTS,
  MERGE_AFFILIATIONS,
  MERGE_DOCUMENT,
  MERGE_ENTITIES,
  MERGE_EVENTS,
  MERGE_MENTIONS,
  MERGE_ROLES,
} from './queries';
import { documentRows, eventLabel } from './rows';
import { toGraphError } from './errors';
import { applyDecisions } from '../curation/apply-decisions';
import { readDecisions } from './curation-decisions';

/** What one write changed in the graph. */
export interface WriteSummary {
  readonly documentId: string;
  readonly file: string;
  readonly entityIds: readonly string[];
  /** Graph ids of the article's events (a merged report gives the id of the event it joined). */
  readonly eventIds: readonly string[];
  /** Reports that joined an event another article had written. */
  readonly mergedEvents: number;
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsDeleted: number;
  readonly propertiesSet: number;
  readonly warnings: readonly string[];
}

interface Counters {
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface EventPlanRow {
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

/** For each event, the entities mentioned inside its sentence. */
function sentenceEntities(result: DocumentResult): Map<string, string[]> {
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

async function readCandidates(tx: ManagedTransaction, result: DocumentResult): Promise<EventCandidate[]> {
  const probes = result.events.filter((e) => e.agents.length > 0).map((e) => ({ cameo: e.type, agents: e.agents }));
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

async function writeInTransaction(tx: ManagedTransaction, reading: DocumentResult): Promise<WriteSummary> {
  // Analysts' corrections win over every new reading (../curation/apply-decisions.ts).
  const result = applyDecisions(reading, await readDecisions(tx, [reading.documentId])).result;
  const counters: Counters = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0, propertiesSet: 0 };
  const run = async (text: string, params: Record<string, unknown>): Promise<QueryResult> => {
    const out = await tx.run(text, params);
    const updates = out.summary.counters.updates();
    for (const key of Object.keys(counters) as (keyof Counters)[]) counters[key] += updates[key] ?? 0;
    return out;
  };
  const rows = documentRows(result);
  const documentId = rows.document.id;
  const entityIds = [...rows.entitiesByType.values()].flat().map((e) => e.id);

  const written = await run(MERGE_DOCUMENT, { document: rows.document });
  const existed = written.records[0]?.get('existed') === true;
  const entityRows = [...rows.entitiesByType.values()].flat();
  if (entityRows.length > 0) await run(MERGE_ENTITIES, { rows: entityRows });
  // Only an article written before can have links its new reading lacks.
  if (existed) await run(DROP_STALE_LINKS, { documentId, entityIds, recordIds: result.events.map((e) => e.id) });
  if (rows.mentions.length > 0) await run(MERGE_MENTIONS, { documentId, rows: rows.mentions });
  if (rows.affiliations.length > 0) await run(MERGE_AFFILIATIONS, { rows: rows.affiliations });

  let merged = 0;
  let eventIds: string[] = [];
  if (result.events.length > 0) {
    const earlier = existed ? (await tx.run(EARLIER_REPORTS, { documentId })).records : [];
    const already = new Map(earlier.map((r) => [r.get('recordId') as string, r.get('eventId') as string]));
    const plan = planEventMerges(documentId, result.events, await readCandidates(tx, result), already, sentenceEntities(result));
    const { events, roles } = eventRows(result, plan);
    await run(MERGE_EVENTS, { documentId, rows: events, dateRanks: DATE_SOURCE_RANK });
    if (roles.length > 0) await run(MERGE_ROLES, { rows: roles });
    eventIds = [...new Set(events.map((e) => e.eventId))];
    await run(COUNT_SOURCES, { eventIds });
    merged = events.filter((e) => e.eventId !== e.recordId).length;
  }
  return {
    documentId,
    file: result.file,
    entityIds,
    eventIds,
    mergedEvents: merged,
    ...counters,
    warnings: rows.warnings,
  };
}

/** Writes the article whole or not at all; transient failures are retried by the driver. */
export async function writeDocument(driver: Driver, result: DocumentResult): Promise<WriteSummary> {
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite((tx) => writeInTransaction(tx, result));
  } catch (error) {
    throw toGraphError(error);
  } finally {
    await session.close();
  }
}
