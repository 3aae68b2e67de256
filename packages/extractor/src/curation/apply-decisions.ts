/**
 * The curation stage: a new reading of an article (a re-ingest, `kg reextract`) with the
 * analysts' stored decisions applied, so no correction is lost when the extractor runs again.
 * Pure and idempotent (applying it to its own output changes nothing):
 *  - merges by entity id: an entity merged into another reads as that one (mentions, roles,
 *    affiliations follow);
 *  - splits by surface form: mentions written as a split-off form belong to the other entity,
 *    and so do roles in sentences where only that form names the entity;
 *  - event overrides by sentence span + trigger: the override's fields win; a rejected event
 *    is left out; an override whose sentence no longer yields the event, and every event a
 *    person added, is kept as a user-added event — never dropped.
 */
import {
  cameoRoot,
  type CurationDecisions,
  type DocumentEntity,
  type DocumentResult,
  type EntityId,
  type EventOverride,
  type EventRecord,
  type ReapplyReport,
  type SentenceKey,
} from '@kg/model';

export const NO_DECISIONS: CurationDecisions = { sameAs: new Map(), splits: [], overrides: [] };

const keyOf = (k: SentenceKey): string => `${k.documentId}|${k.start}|${k.end}|${k.trigger}`;

/** Follows merge chains (a → b → c) to the entity that is shown; stops on a cycle. */
export function resolveMerge(decisions: CurationDecisions, id: EntityId): EntityId {
  let current = id;
  const seen = new Set<EntityId>();
  while (decisions.sameAs.has(current) && !seen.has(current)) {
    seen.add(current);
    current = decisions.sameAs.get(current)!.id;
  }
  return current;
}

function uniq<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Joins DocumentEntities that now share an id (a merge made two of them one). */
function joinEntities(entities: readonly DocumentEntity[]): DocumentEntity[] {
  const byId = new Map<EntityId, DocumentEntity>();
  for (const item of entities) {
    const held = byId.get(item.entity.id);
    if (!held) {
      byId.set(item.entity.id, item);
      continue;
    }
    const mentions = [...held.mentions, ...item.mentions].sort((a, b) => a.start - b.start);
    const aliases = uniq([...held.entity.aliases, ...item.entity.aliases]);
    byId.set(item.entity.id, { entity: { ...held.entity, aliases, geo: held.entity.geo ?? item.entity.geo }, mentions });
  }
  return [...byId.values()];
}

function applyMerges(result: DocumentResult, decisions: CurationDecisions, merged: string[]): DocumentResult {
  if (decisions.sameAs.size === 0) return result;
  const to = (id: EntityId) => resolveMerge(decisions, id);
  const entities = result.entities.map((item): DocumentEntity => {
    const target = to(item.entity.id);
    if (target === item.entity.id) return item;
    merged.push(item.entity.id);
    const shown = decisions.sameAs.get(item.entity.id)!;
    const final = target === shown.id ? shown : { id: target, name: shown.name, type: shown.type };
    return { entity: { ...item.entity, id: final.id, name: final.name, type: final.type, aliases: uniq([final.name, ...item.entity.aliases]) }, mentions: item.mentions };
  });
  if (merged.length === 0) return result;
  return {
    ...result,
    entities: joinEntities(entities),
    events: result.events.map((e) => ({ ...e, agents: uniq(e.agents.map(to)), targets: uniq(e.targets.map(to)), location: e.location ? to(e.location) : null })),
    affiliations: result.affiliations
      .map((a) => ({ ...a, person: to(a.person), actor: to(a.actor) }))
      .filter((a, i, all) => a.person !== a.actor && all.findIndex((b) => b.person === a.person && b.actor === a.actor) === i),
  };
}

function applySplits(result: DocumentResult, decisions: CurationDecisions, split: string[]): DocumentResult {
  let current = result;
  for (const rule of decisions.splits) {
    const from = current.entities.find((item) => item.entity.id === rule.from);
    if (!from) continue;
    const forms = new Set(rule.forms);
    const moved = from.mentions.filter((m) => forms.has(m.text));
    if (moved.length === 0) continue;
    const kept = from.mentions.filter((m) => !forms.has(m.text));
    split.push(...uniq(moved.map((m) => m.text)));
    const entities: DocumentEntity[] = current.entities.map((item) =>
      item.entity.id === rule.from
        ? { entity: { ...item.entity, aliases: item.entity.aliases.filter((a) => !forms.has(a)) }, mentions: kept }
        : item);
    entities.push({
      entity: { id: rule.to, name: rule.toName, type: rule.toType, aliases: uniq([rule.toName, ...moved.map((m) => m.text)]) },
      mentions: moved,
    });
    // A role moves when, in its sentence, the entity is named only by split-off forms.
    const movesIn = (e: EventRecord) => {
      const inSentence = (m: { start: number }) => m.start >= e.provenance.start && m.start < e.provenance.end;
      return moved.some(inSentence) && !kept.some(inSentence);
    };
    const swap = (ids: readonly EntityId[], e: EventRecord) => (movesIn(e) ? uniq(ids.map((id) => (id === rule.from ? rule.to : id))) : [...ids]);
    current = {
      ...current,
      entities: joinEntities(entities).filter((item) => item.entity.id !== rule.from || item.mentions.length > 0 || kept.length > 0),
      events: current.events.map((e) => ({
        ...e,
        agents: swap(e.agents, e),
        targets: swap(e.targets, e),
        location: e.location === rule.from && movesIn(e) ? rule.to : e.location,
      })),
    };
  }
  return current;
}

function corrected(record: EventRecord, override: EventOverride): EventRecord {
  const f = override.fields;
  const type = f.type ?? record.type;
  return {
    ...record,
    type,
    quadClass: cameoRoot(type).quadClass,
    agents: f.agents ?? record.agents,
    targets: f.targets ?? record.targets,
    location: f.location !== undefined ? f.location : record.location,
    date: f.date !== undefined ? f.date : record.date,
    dateSource: f.date !== undefined ? (f.date ? 'explicit' : 'unknown') : record.dateSource,
    // A person's reading is as sure as the coding gets.
    confidence: 1,
  };
}

/** The event a person asserted, rebuilt from the override when no reading yields it. */
function userEvent(override: EventOverride, result: DocumentResult): EventRecord | null {
  const key = override.keys.find((k) => k.documentId === result.documentId);
  const f = override.fields;
  if (!key || !f.type) return null;
  return {
    id: override.eventId.startsWith(`${result.documentId}:`) ? override.eventId : `${result.documentId}:${key.start}-${key.end}:user`,
    type: f.type,
    quadClass: cameoRoot(f.type).quadClass,
    trigger: key.trigger,
    agents: f.agents ?? [],
    targets: f.targets ?? [],
    location: f.location ?? null,
    date: f.date ?? null,
    dateSource: f.date ? 'explicit' : 'unknown',
    confidence: 1,
    provenance: { file: result.file, documentId: result.documentId, sentenceIndex: override.sentenceIndex, start: key.start, end: key.end, sentence: result.text.slice(key.start, key.end) },
  };
}

export interface AppliedDecisions {
  readonly result: DocumentResult;
  readonly report: ReapplyReport;
}

export function applyDecisions(input: DocumentResult, decisions: CurationDecisions): AppliedDecisions {
  const merged: string[] = [];
  const split: string[] = [];
  let result = applySplits(applyMerges(input, decisions, merged), decisions, split);
  const overrides = decisions.overrides.filter((o) => o.keys.some((k) => k.documentId === result.documentId));
  const byKey = new Map<string, EventOverride>();
  for (const o of overrides) for (const k of o.keys) byKey.set(keyOf(k), o);
  const matched = new Set<EventOverride>();
  const events: EventRecord[] = [];
  const overridden: string[] = [];
  for (const record of result.events) {
    const o = byKey.get(keyOf({ documentId: result.documentId, start: record.provenance.start, end: record.provenance.end, trigger: record.trigger }))
      ?? overrides.find((x) => x.eventId === record.id);
    if (!o) {
      events.push(record);
      continue;
    }
    matched.add(o);
    if (!o.added) overridden.push(o.eventId);
    if (!o.fields.rejected) events.push(corrected(record, o));
  }
  const becameUserAdded: string[] = [];
  const rejectionsWithoutEvent: string[] = [];
  for (const o of overrides) {
    if (matched.has(o)) continue;
    if (o.fields.rejected) {
      rejectionsWithoutEvent.push(o.eventId);
      continue;
    }
    const made = userEvent(o, result);
    if (!made) continue;
    events.push(made);
    if (!o.added) becameUserAdded.push(o.eventId);
  }
  result = { ...result, events };
  return {
    result,
    report: { documentId: result.documentId, file: result.file, merged: uniq(merged), split: uniq(split), overridden, becameUserAdded, rejectionsWithoutEvent },
  };
}

/** True when the report has something a person should look at again. */
export function needsReview(report: ReapplyReport): boolean {
  return report.becameUserAdded.length > 0 || report.rejectionsWithoutEvent.length > 0;
}
