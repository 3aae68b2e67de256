/**
 * Event corrections stored as overrides beside the extractor's reading: the (:Override)
 * node keeps the extractor's reading (`extracted`), the corrected state (`fields`), the
 * sentence keys that find the event again in a new reading, author, time and note; the
 * event node shows the corrected state. Every correction names the version it read; a
 * stale one answers 409 with the current state.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { cameoRoot, LABEL, REL, type CameoCode, type EventCorrectionFields, type Principal } from '@kg/model';
import { HttpError, notFound } from '../errors';
import { appendChange } from './change-log';
import { readEvent, unknownEntities, writeEvent, type EventReport, type EventState } from './event-state';

export interface EventChangeDetails {
  readonly eventId: string;
  readonly before: EventState | null;
  readonly after: EventState;
  /** The override node's properties before the change (null: there was none). */
  readonly overrideBefore: Record<string, unknown> | null;
}

export interface CorrectionInput {
  readonly version: number;
  readonly type?: CameoCode | undefined;
  readonly agents?: readonly string[] | undefined;
  readonly targets?: readonly string[] | undefined;
  readonly location?: string | null | undefined;
  readonly date?: string | null | undefined;
  readonly rejected?: boolean | undefined;
  readonly note?: string | null | undefined;
}

/** 409 whose body carries the event as it is now, so the second editor loses nothing. */
class EventConflict extends HttpError {
  constructor(readonly current: EventState) {
    super(409, 'CONFLICT', `Event ${current.id} was changed by someone else (it is at version ${current.version}).`, {
      hint: 'Look at its current state (in "current") and apply your correction again with that version.',
    });
  }

  override toBody() {
    return { ...super.toBody(), current: this.current };
  }
}

const conflict = (current: EventState) => new EventConflict(current);

async function checkEntities(tx: ManagedTransaction, state: EventState): Promise<void> {
  const missing = await unknownEntities(tx, [...state.agents, ...state.targets]);
  const places = state.location ? await unknownEntities(tx, [state.location], LABEL.Location) : [];
  if (missing.length + places.length > 0) {
    throw new HttpError(404, 'NOT_FOUND', `No entity with id ${[...missing, ...places].map((id) => JSON.stringify(id)).join(', ')}${places.length ? ' (a place must be a location or country)' : ''}.`, {
      hint: 'Search with GET /api/search?q=… to find ids.',
    });
  }
}

const fieldsOf = (s: EventState): EventCorrectionFields => ({ type: s.type, agents: s.agents, targets: s.targets, location: s.location, date: s.date, ...(s.rejected ? { rejected: true } : {}) });

const READ_OVERRIDE = `MATCH (o:${LABEL.Override} {eventId: $id}) RETURN o {.*} AS o`;

const SAVE_OVERRIDE = `
MERGE (o:${LABEL.Override} {eventId: $eventId})
  ON CREATE SET o.extracted = $extracted, o.added = $added, o.keys = $keys, o.documentIds = $documentIds,
                o.sentence = $sentence, o.sentenceIndex = $sentenceIndex
SET o.fields = $fields, o.author = $author, o.at = $at, o.note = $note`;

async function saveOverride(tx: ManagedTransaction, who: Principal, before: EventState | null, after: EventState, reports: readonly EventReport[], note: string | null, added: boolean) {
  const first = reports[0];
  await tx.run(SAVE_OVERRIDE, {
    eventId: after.id,
    extracted: before ? JSON.stringify(fieldsOf(before)) : null,
    added,
    keys: JSON.stringify(reports.map(({ documentId, start, end, trigger }) => ({ documentId, start, end, trigger }))),
    documentIds: [...new Set(reports.map((r) => r.documentId))],
    sentence: first?.sentence ?? '',
    sentenceIndex: first?.sentenceIndex ?? -1,
    fields: JSON.stringify(fieldsOf(after)),
    author: who.name,
    at: new Date().toISOString(),
    note,
  });
}

export async function correctEvent(tx: ManagedTransaction, who: Principal, id: string, input: CorrectionInput) {
  const found = await readEvent(tx, id);
  if (!found) throw notFound('event', id, 'Event ids are in GET /api/events and in node views.');
  const { state: before, reports } = found;
  if (input.version !== before.version) throw conflict(before);
  const after: EventState = {
    ...before,
    type: input.type ?? before.type,
    agents: input.agents ? [...new Set(input.agents)].sort() : before.agents,
    targets: input.targets ? [...new Set(input.targets)].sort() : before.targets,
    location: input.location !== undefined ? input.location : before.location,
    date: input.date !== undefined ? input.date : before.date,
    rejected: input.rejected ?? before.rejected,
    version: before.version + 1,
  };
  await checkEntities(tx, after);
  const overrideBefore = ((await tx.run(READ_OVERRIDE, { id })).records[0]?.get('o') as Record<string, unknown> | undefined) ?? null;
  // The extractor's reading is the state before the first correction.
  const extracted = overrideBefore ? null : before;
  await saveOverride(tx, who, extracted, after, reports, input.note ?? null, overrideBefore?.added === true);
  await writeEvent(tx, after);
  const kind = input.rejected === true ? 'event.reject' : 'event.correct';
  const what = kind === 'event.reject' ? 'rejected' : input.rejected === false ? 'restored' : `corrected (${describe(before, after)})`;
  const details: EventChangeDetails = { eventId: id, before, after, overrideBefore };
  const change = await appendChange(tx, who, { kind, subject: id, summary: `event ${id} ${what}`, note: input.note, details });
  return { change, event: after };
}

function describe(before: EventState, after: EventState): string {
  const parts: string[] = [];
  if (before.type !== after.type) parts.push(`type ${before.type} → ${after.type} ${cameoRoot(after.type).name}`);
  if (before.agents.join() !== after.agents.join()) parts.push(`agents ${after.agents.join(', ') || 'none'}`);
  if (before.targets.join() !== after.targets.join()) parts.push(`targets ${after.targets.join(', ') || 'none'}`);
  if (before.location !== after.location) parts.push(`place ${after.location ?? 'none'}`);
  if (before.date !== after.date) parts.push(`date ${after.date ?? 'none'}`);
  return parts.join('; ') || 'no field changed';
}

export interface AddEventInput {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly trigger?: string | undefined;
  readonly type: CameoCode;
  readonly agents: readonly string[];
  readonly targets: readonly string[];
  readonly location: string | null;
  readonly date: string | null;
  readonly note?: string | null | undefined;
}

const CREATE_EVENT = `
MATCH (d:${LABEL.Document} {id: $documentId})
CREATE (e:${LABEL.Event} {id: $id, cameo: $type, mergeNotes: [], sourceCount: 1, confidence: 1.0, version: 0, addedBy: $author})
CREATE (e)-[:${REL.REPORTED_IN} {recordId: $id, sentence: $sentence, sentenceIndex: $sentenceIndex, start: $start, end: $end, trigger: $trigger, confidence: 1.0}]->(d)`;

const DOCUMENT_TEXT = `
MATCH (d:${LABEL.Document} {id: $documentId})
RETURN d.text AS text, head([(d)<-[r:${REL.REPORTED_IN}]-() WHERE r.start = $start | r.sentenceIndex]) AS sentenceIndex`;

/** A missed event, added by a person from a sentence of an article. */
export async function addEvent(tx: ManagedTransaction, who: Principal, input: AddEventInput) {
  const { records } = await tx.run(DOCUMENT_TEXT, input);
  const doc = records[0];
  if (!doc) throw notFound('document', input.documentId, 'Document ids are in node views and GET /api/export.');
  const text = doc.get('text') as string;
  if (input.end > text.length || input.start >= input.end) {
    throw new HttpError(400, 'BAD_REQUEST', `The span ${input.start}–${input.end} is not inside the article (it has ${text.length} characters).`, {
      hint: 'Send the start and end offsets of the highlighted sentence in the document text.',
    });
  }
  const sentence = text.slice(input.start, input.end);
  const trigger = input.trigger?.trim() || sentence.split(/\s+/).slice(0, 3).join(' ');
  const id = `${input.documentId}:${input.start}-${input.end}:user-${randomUUID().slice(0, 8)}`;
  const sentenceIndex = Number(doc.get('sentenceIndex') ?? -1);
  const state: EventState = {
    id, type: input.type, agents: [...new Set(input.agents)].sort(), targets: [...new Set(input.targets)].sort(),
    location: input.location, date: input.date, rejected: false, version: 1,
  };
  await checkEntities(tx, state);
  await tx.run(CREATE_EVENT, { ...input, id, sentence, sentenceIndex, trigger, author: who.name });
  await writeEvent(tx, state);
  await saveOverride(tx, who, null, state, [{ documentId: input.documentId, start: input.start, end: input.end, trigger, sentence, sentenceIndex }], input.note ?? null, true);
  const details: EventChangeDetails = { eventId: id, before: null, after: state, overrideBefore: null };
  const change = await appendChange(tx, who, { kind: 'event.add', subject: id, summary: `added event ${id}: ${cameoRoot(input.type).name} in "${sentence.slice(0, 80)}"`, note: input.note, details });
  return { change, event: state };
}

const RESTORE_OVERRIDE = `
MATCH (o:${LABEL.Override} {eventId: $id})
CALL (o) { WITH o WHERE $props IS NULL DELETE o }
CALL (o) { WITH o WHERE $props IS NOT NULL SET o = $props }`;

/** Undo of a correction, a rejection or an addition; refused (409) if the event changed since. */
export async function undoEventChange(tx: ManagedTransaction, details: EventChangeDetails): Promise<void> {
  const found = await readEvent(tx, details.eventId);
  if (!found) throw notFound('event', details.eventId);
  if (found.state.version !== details.after.version) throw conflict(found.state);
  if (!details.before) {
    await tx.run(`MATCH (o:${LABEL.Override} {eventId: $id}) DELETE o`, { id: details.eventId });
    await tx.run(`MATCH (e:${LABEL.Event}|${LABEL.RejectedEvent} {id: $id}) DETACH DELETE e`, { id: details.eventId });
    return;
  }
  await writeEvent(tx, { ...details.before, version: found.state.version + 1 });
  await tx.run(RESTORE_OVERRIDE, { id: details.eventId, props: details.overrideBefore });
}
