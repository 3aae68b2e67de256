/**
 * Merging one entity into another, reversibly. Nothing is destroyed: the merged node keeps
 * its id, name and aliases, loses its type labels (so search, node views and the network
 * show only the entity it was merged into), gains :MergedEntity and a SAME_AS link that
 * says who, when, why and which aliases moved. Its links move to the target; the change log
 * keeps both entities' snapshots so an undo puts every link and property back exactly.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES, LABEL, LABELS_FOR_ENTITY_TYPE, REL, type Principal } from '@kg/model';
import { foldForSearch } from '@kg/extractor';
import { HttpError, notFound } from '../errors';
import { appendChange } from './change-log';
import { snapshotEntity, type EntitySnapshot } from './entity-snapshot';

export interface MergeDetails {
  readonly from: EntitySnapshot;
  readonly into: EntitySnapshot;
  readonly aliasesMoved: readonly string[];
}

const TYPE_LABELS = [...new Set(ENTITY_TYPES.flatMap((t) => LABELS_FOR_ENTITY_TYPE[t]))];
const EVENT = `${LABEL.Event}|${LABEL.RejectedEvent}`;

/** The folded words of every alias: the writer's searchText, recomputed. */
export function searchTextOf(aliases: readonly string[]): string {
  return [...new Set(aliases.flatMap((a) => foldForSearch(a).split(' ')).filter(Boolean))].join(' ');
}

const MOVE_LINKS = `
MATCH (t:${LABEL.Entity} {id: $into})
CALL (t) { UNWIND $s.agentIn AS eid MATCH (e:${EVENT} {id: eid}) MERGE (t)-[:${REL.AGENT_IN}]->(e) }
CALL (t) { UNWIND $s.targetOf AS eid MATCH (e:${EVENT} {id: eid}) MERGE (e)-[:${REL.TARGETS}]->(t) }
CALL (t) { UNWIND $s.placeOf AS eid MATCH (e:${EVENT} {id: eid}) WHERE t:${LABEL.Location} MERGE (e)-[:${REL.AT}]->(t) }
CALL (t) {
  UNWIND $s.mentions AS m
  MATCH (d:${LABEL.Document} {id: m.documentId})
  MERGE (t)-[r:${REL.MENTIONED_IN}]->(d)
    ON CREATE SET r.count = 0, r.forms = [], r.starts = [], r.ends = []
  SET r.count = r.count + m.count, r.forms = r.forms + [f IN m.forms WHERE NOT f IN r.forms],
      r.starts = r.starts + m.starts, r.ends = r.ends + m.ends
}
CALL (t) { UNWIND $s.affiliatedWith AS a MATCH (x:${LABEL.Entity} {id: a.other}) WHERE x <> t
  MERGE (t)-[r:${REL.AFFILIATED_WITH}]->(x) SET r.role = coalesce(r.role, a.role) }
CALL (t) { UNWIND $s.affiliates AS a MATCH (x:${LABEL.Entity} {id: a.other}) WHERE x <> t
  MERGE (x)-[r:${REL.AFFILIATED_WITH}]->(t) SET r.role = coalesce(r.role, a.role) }
SET t.aliases = $aliases, t.searchText = $searchText
WITH t
MATCH (f:${LABEL.Entity} {id: $from})
CALL (f) { MATCH (f)-[r]-() WHERE type(r) <> '${REL.SAME_AS}' DELETE r }
REMOVE f:${[LABEL.Entity, ...TYPE_LABELS].join(':')}
SET f:${LABEL.MergedEntity}
CREATE (f)-[:${REL.SAME_AS} {changeId: $changeId, by: $by, at: $at, why: $why, aliasesMoved: $aliasesMoved}]->(t)`;

export async function mergeEntities(tx: ManagedTransaction, who: Principal, fromId: string, intoId: string, note: string | null) {
  if (fromId === intoId) throw new HttpError(400, 'BAD_REQUEST', 'An entity cannot be merged into itself.', { hint: 'Pick two different entities.' });
  const from = await snapshotEntity(tx, fromId);
  if (!from) throw notFound('entity', fromId);
  const into = await snapshotEntity(tx, intoId);
  if (!into) throw notFound('entity', intoId);
  const aliasesMoved = from.aliases.filter((a) => !into.aliases.includes(a));
  const aliases = [...into.aliases, ...aliasesMoved];
  const details: MergeDetails = { from, into, aliasesMoved };
  const change = await appendChange(tx, who, {
    kind: 'entity.merge',
    subject: intoId,
    summary: `merged ${from.name} (${fromId}) into ${into.name} (${intoId})`,
    note,
    details,
  });
  await tx.run(MOVE_LINKS, {
    from: fromId, into: intoId, s: from, aliases, searchText: searchTextOf(aliases),
    changeId: change.id, by: who.name, at: change.at, why: note, aliasesMoved,
  });
  return change;
}

function labelRestore(): string {
  return ENTITY_TYPES.map((type) =>
    `FOREACH (_ IN CASE WHEN f.type = '${type}' THEN [1] ELSE [] END | SET f:${[LABEL.Entity, ...LABELS_FOR_ENTITY_TYPE[type]].join(':')})`).join('\n');
}

/** Undo: the target's moved links and aliases go back to what they were, the merged entity's come back. */
const UNDO_MERGE = `
MATCH (f:${LABEL.MergedEntity} {id: $s.id})-[same:${REL.SAME_AS}]->(t:${LABEL.Entity} {id: $i.id})
DELETE same
REMOVE f:${LABEL.MergedEntity}
${labelRestore()}
WITH f, t
CALL (t) { UNWIND [x IN $s.agentIn WHERE NOT x IN $i.agentIn] AS eid MATCH (t)-[r:${REL.AGENT_IN}]->(:${EVENT} {id: eid}) DELETE r }
CALL (t) { UNWIND [x IN $s.targetOf WHERE NOT x IN $i.targetOf] AS eid MATCH (:${EVENT} {id: eid})-[r:${REL.TARGETS}]->(t) DELETE r }
CALL (t) { UNWIND [x IN $s.placeOf WHERE NOT x IN $i.placeOf] AS eid MATCH (:${EVENT} {id: eid})-[r:${REL.AT}]->(t) DELETE r }
CALL (t) {
  UNWIND $s.mentions AS m
  MATCH (t)-[r:${REL.MENTIONED_IN}]->(:${LABEL.Document} {id: m.documentId})
  WITH r, [b IN $i.mentions WHERE b.documentId = m.documentId] AS before
  FOREACH (_ IN CASE WHEN size(before) = 0 THEN [1] ELSE [] END | DELETE r)
  FOREACH (b IN before | SET r.count = b.count, r.forms = b.forms, r.starts = b.starts, r.ends = b.ends)
}
CALL (t) {
  UNWIND $s.affiliatedWith AS a
  MATCH (t)-[r:${REL.AFFILIATED_WITH}]->(:${LABEL.Entity} {id: a.other})
  WITH r, [b IN $i.affiliatedWith WHERE b.other = a.other] AS before
  FOREACH (_ IN CASE WHEN size(before) = 0 THEN [1] ELSE [] END | DELETE r)
  FOREACH (b IN before | SET r.role = b.role)
}
CALL (t) {
  UNWIND $s.affiliates AS a
  MATCH (:${LABEL.Entity} {id: a.other})-[r:${REL.AFFILIATED_WITH}]->(t)
  WITH r, [b IN $i.affiliates WHERE b.other = a.other] AS before
  FOREACH (_ IN CASE WHEN size(before) = 0 THEN [1] ELSE [] END | DELETE r)
  FOREACH (b IN before | SET r.role = b.role)
}
SET t.aliases = [a IN t.aliases WHERE NOT a IN $aliasesMoved]
WITH f, t
CALL (f) { UNWIND $s.agentIn AS eid MATCH (e:${EVENT} {id: eid}) MERGE (f)-[:${REL.AGENT_IN}]->(e) }
CALL (f) { UNWIND $s.targetOf AS eid MATCH (e:${EVENT} {id: eid}) MERGE (e)-[:${REL.TARGETS}]->(f) }
CALL (f) { UNWIND $s.placeOf AS eid MATCH (e:${EVENT} {id: eid}) MERGE (e)-[:${REL.AT}]->(f) }
CALL (f) { UNWIND $s.mentions AS m MATCH (d:${LABEL.Document} {id: m.documentId})
  MERGE (f)-[r:${REL.MENTIONED_IN}]->(d) SET r.count = m.count, r.forms = m.forms, r.starts = m.starts, r.ends = m.ends }
CALL (f) { UNWIND $s.affiliatedWith AS a MATCH (x:${LABEL.Entity} {id: a.other}) MERGE (f)-[r:${REL.AFFILIATED_WITH}]->(x) SET r.role = a.role }
CALL (f) { UNWIND $s.affiliates AS a MATCH (x:${LABEL.Entity} {id: a.other}) MERGE (x)-[r:${REL.AFFILIATED_WITH}]->(f) SET r.role = a.role }
SET f.aliases = $s.aliases, f.searchText = $s.searchText
RETURN t.aliases AS aliases`;

export async function undoMerge(tx: ManagedTransaction, details: MergeDetails): Promise<void> {
  const { records } = await tx.run(UNDO_MERGE, { s: details.from, i: details.into, aliasesMoved: details.aliasesMoved });
  const aliases = records[0]?.get('aliases') as string[] | undefined;
  if (!aliases) {
    throw new HttpError(409, 'CONFLICT', `${details.from.name} is no longer merged into ${details.into.name} as this change left it.`, {
      hint: 'A later change moved one of them (merged the target elsewhere, or already undid this): revert that one first.',
    });
  }
  await tx.run(`MATCH (t:${LABEL.Entity} {id: $id}) SET t.searchText = $searchText`, { id: details.into.id, searchText: searchTextOf(aliases) });
}
