/**
 * Splitting wrongly joined surface forms off an entity ("Moscow" the city out of Russia):
 * the mentions written in those forms move to another entity or a new one, and so do the
 * roles in sentences where only those forms name the entity. A (:SplitRule) keeps the
 * decision so a new reading is split the same way; the change log keeps what moved, for undo.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { entityIdFor, LABEL, LABELS_FOR_ENTITY_TYPE, REL, type EntityType, type Principal } from '@kg/model';
import { HttpError, notFound } from '../errors';
import { appendChange } from './change-log';
import { searchTextOf } from './entity-merge';

export interface SplitInput {
  readonly forms: readonly string[];
  /** An existing entity to move the forms to … */
  readonly to?: string | undefined;
  /** … or a new one. */
  readonly toName?: string | undefined;
  readonly toType?: EntityType | undefined;
  readonly note?: string | null | undefined;
}

interface MovedMentions {
  readonly documentId: string;
  readonly starts: number[];
  readonly ends: number[];
  readonly forms: string[];
}

export interface SplitDetails {
  readonly from: string;
  readonly to: string;
  readonly created: boolean;
  readonly forms: readonly string[];
  readonly fromAliases: readonly string[];
  readonly toAliases: readonly string[];
  readonly moved: readonly MovedMentions[];
  readonly roles: readonly { eventId: string; role: 'agent' | 'target' | 'at' }[];
}

const READ_FROM = `
MATCH (f:${LABEL.Entity} {id: $id})
RETURN f.name AS name, f.type AS type, coalesce(f.aliases, [f.name]) AS aliases,
  [(f)-[m:${REL.MENTIONED_IN}]->(d) | {documentId: d.id, starts: m.starts, ends: m.ends,
     texts: [i IN range(0, size(m.starts) - 1) | substring(d.text, m.starts[i], m.ends[i] - m.starts[i])]}] AS mentions,
  [(f)-[:${REL.AGENT_IN}]->(e) | {eventId: e.id, role: 'agent', spans: [(e)-[r:${REL.REPORTED_IN}]->(d) | {documentId: d.id, start: r.start, end: r.end}]}]
  + [(e)-[:${REL.TARGETS}]->(f) | {eventId: e.id, role: 'target', spans: [(e)-[r:${REL.REPORTED_IN}]->(d) | {documentId: d.id, start: r.start, end: r.end}]}]
  + [(e)-[:${REL.AT}]->(f) | {eventId: e.id, role: 'at', spans: [(e)-[r:${REL.REPORTED_IN}]->(d) | {documentId: d.id, start: r.start, end: r.end}]}] AS roles`;

interface FromRow {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: { documentId: string; starts: number[]; ends: number[]; texts: string[] }[];
  roles: { eventId: string; role: 'agent' | 'target' | 'at'; spans: { documentId: string; start: number; end: number }[] }[];
}

function labelsFor(type: EntityType): string {
  return [LABEL.Entity, ...LABELS_FOR_ENTITY_TYPE[type]].join(':');
}

/** Mention positions and roles as they should be: `keep` on `from`, `add` on `to`. */
const MOVE = (fromRel: string, toRel: string) => `
MATCH (f:${LABEL.Entity} {id: $from}), (t:${LABEL.Entity} {id: $to})
CALL (f, t) {
  UNWIND $moved AS m
  MATCH (f)-[r:${REL.MENTIONED_IN}]->(d:${LABEL.Document} {id: m.documentId})
  WITH f, t, r, d, m, [i IN range(0, size(r.starts) - 1) WHERE NOT r.starts[i] IN m.starts] AS keep
  SET r.starts = [i IN keep | r.starts[i]], r.ends = [i IN keep | r.ends[i]], r.count = size(keep),
      r.forms = [x IN r.forms WHERE NOT x IN m.forms]
  FOREACH (_ IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE r)
  MERGE (t)-[n:${REL.MENTIONED_IN}]->(d) ON CREATE SET n.count = 0, n.forms = [], n.starts = [], n.ends = []
  SET n.starts = n.starts + m.starts, n.ends = n.ends + m.ends, n.count = n.count + size(m.starts),
      n.forms = n.forms + [x IN m.forms WHERE NOT x IN n.forms]
}
CALL (f, t) {
  UNWIND $roles AS role
  MATCH (e:${LABEL.Event}|${LABEL.RejectedEvent} {id: role.eventId})
  CALL (f, t, e, role) { WITH * WHERE role.role = 'agent' MATCH (f)-[r:${REL.AGENT_IN}]->(e) DELETE r MERGE (t)-[:${REL.AGENT_IN}]->(e) }
  CALL (f, t, e, role) { WITH * WHERE role.role = 'target' MATCH (e)-[r:${REL.TARGETS}]->(f) DELETE r MERGE (e)-[:${REL.TARGETS}]->(t) }
  CALL (f, t, e, role) { WITH * WHERE role.role = 'at' AND t:${LABEL.Location} MATCH (e)-[r:${REL.AT}]->(f) DELETE r MERGE (e)-[:${REL.AT}]->(t) }
}
SET f.aliases = $fromAliases, f.searchText = $fromSearch, t.aliases = $toAliases, t.searchText = $toSearch`.replace(/\$(from|to)\b/g, (_, which: string) => (which === 'from' ? fromRel : toRel));

export async function splitEntity(tx: ManagedTransaction, who: Principal, fromId: string, input: SplitInput) {
  const row = (await tx.run(READ_FROM, { id: fromId })).records[0];
  if (!row) throw notFound('entity', fromId);
  const from = Object.fromEntries(row.keys.map((k) => [k, row.get(k)])) as unknown as FromRow;
  const forms = [...new Set(input.forms)];
  const strange = forms.filter((f) => !from.aliases.includes(f));
  if (strange.length > 0) throw new HttpError(400, 'BAD_REQUEST', `${from.name} has no alias ${strange.map((f) => JSON.stringify(f)).join(', ')}; its aliases are ${from.aliases.map((a) => JSON.stringify(a)).join(', ')}.`, { hint: 'Split off some of its aliases.' });
  if (forms.includes(from.name)) throw new HttpError(400, 'BAD_REQUEST', `"${from.name}" is the entity's own name and cannot be split off.`, { hint: 'Split off the other forms, or merge instead.' });

  let toId = input.to;
  let created = false;
  let toAliasesBefore: string[] = [];
  if (toId) {
    const found = (await tx.run(`MATCH (t:${LABEL.Entity} {id: $id}) RETURN coalesce(t.aliases, [t.name]) AS aliases`, { id: toId })).records[0];
    if (!found) throw notFound('entity', toId);
    if (toId === fromId) throw new HttpError(400, 'BAD_REQUEST', 'Split to another entity than the one split.', {});
    toAliasesBefore = found.get('aliases') as string[];
  } else {
    if (!input.toName || !input.toType) throw new HttpError(400, 'BAD_REQUEST', 'Say where the forms go: "to" (an entity id) or "toName" and "toType" for a new entity.', {});
    toId = entityIdFor(input.toName);
    const exists = (await tx.run(`MATCH (t:${LABEL.Entity}|${LABEL.MergedEntity} {id: $id}) RETURN t.id`, { id: toId })).records.length > 0;
    if (exists) throw new HttpError(400, 'BAD_REQUEST', `An entity with id ${toId} already exists.`, { hint: `Send "to": "${toId}" to move the forms to it.` });
    await tx.run(`CREATE (t:${labelsFor(input.toType)} {id: $id, name: $name, type: $type, aliases: [$name], searchText: ''})`, { id: toId, name: input.toName, type: input.toType });
    toAliasesBefore = [input.toName];
    created = true;
  }
  const moved: MovedMentions[] = [];
  const remaining = new Map<string, number[]>();
  for (const m of from.mentions) {
    const idx = m.texts.map((t, i) => (forms.includes(t) ? i : -1)).filter((i) => i >= 0);
    remaining.set(m.documentId, m.starts.filter((_, i) => !idx.includes(i)));
    if (idx.length > 0) moved.push({ documentId: m.documentId, starts: idx.map((i) => m.starts[i]!), ends: idx.map((i) => m.ends[i]!), forms: [...new Set(idx.map((i) => m.texts[i]!))] });
  }
  const inSpan = (starts: readonly number[], s: { start: number; end: number }) => starts.some((x) => x >= s.start && x < s.end);
  const roles = from.roles
    .filter((r) => r.spans.some((s) => inSpan(moved.find((m) => m.documentId === s.documentId)?.starts ?? [], s)
      && !inSpan(remaining.get(s.documentId) ?? [], s)))
    .map(({ eventId, role }) => ({ eventId, role }));
  const fromAliases = from.aliases.filter((a) => !forms.includes(a));
  const toAliases = [...toAliasesBefore, ...forms.filter((f) => !toAliasesBefore.includes(f))];
  await tx.run(MOVE('$from', '$to'), {
    from: fromId, to: toId, moved, roles, fromAliases, fromSearch: searchTextOf(fromAliases), toAliases, toSearch: searchTextOf(toAliases),
  });
  const toName = input.toName ?? toId;
  const details: SplitDetails = { from: fromId, to: toId, created, forms, fromAliases: from.aliases, toAliases: toAliasesBefore, moved, roles };
  const change = await appendChange(tx, who, {
    kind: 'entity.split', subject: fromId, summary: `split ${forms.join(', ')} off ${from.name} (${fromId}) to ${toId}`, note: input.note, details,
  });
  const toType = (await tx.run(`MATCH (t:${LABEL.Entity} {id: $id}) RETURN t.type AS type, t.name AS name`, { id: toId })).records[0]!;
  await tx.run(`CREATE (:${LABEL.SplitRule} {changeId: $changeId, from: $from, to: $to, toName: $toName, toType: $toType, forms: $forms})`, {
    changeId: change.id, from: fromId, to: toId, toName: toType.get('name') ?? toName, toType: toType.get('type'), forms,
  });
  return { change, to: toId, movedMentions: moved.reduce((n, m) => n + m.starts.length, 0), movedRoles: roles.length };
}

/** Undo: the moved mentions and roles go back; a target the split created is removed again. */
export async function undoSplit(tx: ManagedTransaction, details: SplitDetails): Promise<void> {
  const exists = (await tx.run(`MATCH (f:${LABEL.Entity} {id: $from}), (t:${LABEL.Entity} {id: $to}) RETURN f.id`, details)).records.length > 0;
  if (!exists) throw new HttpError(409, 'CONFLICT', `${details.from} or ${details.to} is no longer an entity as this split left it.`, { hint: 'Revert the later change (a merge) first.' });
  // The same move, the other way round.
  await tx.run(MOVE('$to', '$from'), {
    // In the reversed statement `f` is the split's target and `t` the entity split.
    from: details.from, to: details.to, moved: details.moved, roles: details.roles,
    fromAliases: details.toAliases, fromSearch: searchTextOf(details.toAliases),
    toAliases: details.fromAliases, toSearch: searchTextOf(details.fromAliases),
  });
  await tx.run(`MATCH (s:${LABEL.SplitRule}) WHERE s.from = $from AND s.to = $to AND s.forms = $forms DELETE s`, details);
  if (details.created) await tx.run(`MATCH (t:${LABEL.Entity} {id: $to}) WHERE NOT EXISTS { (t)--() } DELETE t`, details);
}
