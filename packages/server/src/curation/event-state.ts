/**
 * An event as an analyst edits it: CAMEO type, roles, place, date, version, and the
 * sentences that report it. Reading and writing that state on the graph.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { cameoRoot, LABEL, REL, type CameoCode, type SentenceKey } from '@kg/model';

export interface EventState {
  readonly id: string;
  readonly type: CameoCode;
  readonly agents: readonly string[];
  readonly targets: readonly string[];
  readonly location: string | null;
  readonly date: string | null;
  readonly rejected: boolean;
  /** Bumped by every correction; a write naming an older version answers 409. */
  readonly version: number;
}

export interface EventReport extends SentenceKey {
  readonly sentence: string;
  readonly sentenceIndex: number;
}

const READ_EVENT = `
MATCH (e:${LABEL.Event}|${LABEL.RejectedEvent} {id: $id})
RETURN e.id AS id, e.cameo AS type, e:${LABEL.RejectedEvent} AS rejected, coalesce(e.version, 0) AS version, e.date AS date,
  [(a)-[:${REL.AGENT_IN}]->(e) | a.id] AS agents,
  [(e)-[:${REL.TARGETS}]->(t) | t.id] AS targets,
  head([(e)-[:${REL.AT}]->(l) | l.id]) AS location,
  [(e)-[r:${REL.REPORTED_IN}]->(d) | {documentId: d.id, start: r.start, end: r.end, trigger: coalesce(r.trigger, ''), sentence: r.sentence, sentenceIndex: r.sentenceIndex}] AS reports`;

export async function readEvent(tx: ManagedTransaction, id: string): Promise<{ state: EventState; reports: EventReport[] } | null> {
  const { records } = await tx.run(READ_EVENT, { id });
  const r = records[0];
  if (!r) return null;
  const state: EventState = {
    id: r.get('id'), type: r.get('type'), agents: [...r.get('agents')].sort(), targets: [...r.get('targets')].sort(),
    location: r.get('location') ?? null, date: r.get('date') ?? null, rejected: r.get('rejected'), version: Number(r.get('version')),
  };
  return { state, reports: r.get('reports') as EventReport[] };
}

const WRITE_EVENT = `
MATCH (e:${LABEL.Event}|${LABEL.RejectedEvent} {id: $s.id})
SET e.cameo = $s.type, e.cameoName = $cameoName, e.quadClass = $quadClass, e.date = $s.date,
    e.dateSource = CASE WHEN $s.date IS NULL THEN 'unknown' ELSE 'explicit' END,
    e.label = $label, e.version = $s.version, e.corrected = true
WITH e
CALL (e) { MATCH (e)<-[r:${REL.AGENT_IN}]-() DELETE r }
CALL (e) { MATCH (e)-[r:${REL.TARGETS}|${REL.AT}]->() DELETE r }
CALL (e) { UNWIND $s.agents AS id MATCH (n:${LABEL.Entity} {id: id}) MERGE (n)-[:${REL.AGENT_IN}]->(e) }
CALL (e) { UNWIND $s.targets AS id MATCH (n:${LABEL.Entity} {id: id}) MERGE (e)-[:${REL.TARGETS}]->(n) }
CALL (e) { UNWIND CASE WHEN $s.location IS NULL THEN [] ELSE [$s.location] END AS id MATCH (n:${LABEL.Location} {id: id}) MERGE (e)-[:${REL.AT}]->(n) }
FOREACH (_ IN CASE WHEN $s.rejected THEN [1] ELSE [] END | REMOVE e:${LABEL.Event} SET e:${LABEL.RejectedEvent})
FOREACH (_ IN CASE WHEN $s.rejected THEN [] ELSE [1] END | REMOVE e:${LABEL.RejectedEvent} SET e:${LABEL.Event})`;

/** Writes the state onto the event node: properties, roles, label; the names make its label. */
export async function writeEvent(tx: ManagedTransaction, state: EventState): Promise<void> {
  const root = cameoRoot(state.type);
  const { records } = await tx.run(
    `UNWIND $ids AS id MATCH (n:${LABEL.Entity} {id: id}) RETURN n.id AS id, n.name AS name`,
    { ids: [...state.agents, ...state.targets, ...(state.location ? [state.location] : [])] },
  );
  const names = new Map(records.map((r) => [r.get('id') as string, r.get('name') as string]));
  const name = (id: string) => names.get(id) ?? id;
  const object = state.targets.length > 0 ? state.targets.map(name).join(', ') : state.location ? name(state.location) : null;
  const label = [state.agents.map(name).join(', ') || 'someone', root.name, ...(object ? [object] : [])].join(' — ');
  await tx.run(WRITE_EVENT, { s: state, cameoName: root.name, quadClass: root.quadClass, label });
}

/** Ids among `ids` that name no entity (or, for places, no location). */
export async function unknownEntities(tx: ManagedTransaction, ids: readonly string[], label: string = LABEL.Entity): Promise<string[]> {
  if (ids.length === 0) return [];
  const { records } = await tx.run(`UNWIND $ids AS id OPTIONAL MATCH (n:${label} {id: id}) WITH id, n WHERE n IS NULL RETURN id`, { ids });
  return records.map((r) => r.get('id') as string);
}
