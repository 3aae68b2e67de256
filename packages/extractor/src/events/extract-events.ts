/**
 * Event stage: sentences with resolved mentions → CAMEO events. For each sentence: find the
 * triggers, drop negated ones, read agent and target from the sentence's structure, the place
 * from the sentence or its paragraph, the day from the sentence (or the day the narrative is
 * on), then keep one record per happening. Pure: no clock, no I/O.
 */
import { cameoRoot, type CameoCode, type EntityId, type EventRecord } from '@kg/model';
import type { EventInput, ResolvedMention } from './event-input';
import { dedupeEvents } from './event-dedupe';
import { eventConfidence } from './event-confidence';
import { carryDate, type DateCarry, type SentenceDay } from './date-carry';
import { findTriggers, type Trigger } from './find-triggers';
import { locationInParagraph, locationInSentence } from './event-location';
import { findRoles } from './roles';
import { isHeadline, isIrrealis, isReducedRelative, reportsDenial } from './trigger-filters';
import { coveredBy, inSpeech, viewSentence, type SentenceView } from './sentence-view';
import { sharedTriggerIndex } from './trigger-index';
import { objectNouns, reportedRange, statementsIntroducingNouns } from './clause-scope';

const STRONG_RULES = new Set(['passive', 'modifier']);
const sameAgents = (a: readonly EntityId[], b: readonly EntityId[]) => a.length === b.length && a.every((x) => b.includes(x));

const VIOLENCE = new Set(['17', '18', '19', '20']);

function record(input: EventInput, view: SentenceView, t: Trigger, code: CameoCode, agents: readonly EntityId[], targets: readonly EntityId[], location: EntityId | null, dated: SentenceDay, confidence: number): EventRecord {
  const { sentence } = view;
  return {
    id: `${input.documentId}:${sentence.start}-${sentence.end}:${t.start}`,
    type: code,
    quadClass: cameoRoot(code).quadClass,
    trigger: t.text,
    agents,
    targets,
    location,
    date: dated.date,
    dateSource: dated.source,
    confidence,
    provenance: { file: input.file, documentId: input.documentId, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end, sentence: input.text.slice(sentence.start, sentence.end) },
  };
}

export function extractEvents(input: EventInput): EventRecord[] {
  const index = sharedTriggerIndex();
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of input.mentions) {
    const list = bySentence.get(m.sentenceIndex) ?? [];
    list.push(m);
    bySentence.set(m.sentenceIndex, list);
  }
  const views: SentenceView[] = input.sentences.map((s, k) => viewSentence(input.text, s, bySentence.get(s.index) ?? [], input.tokens?.[k]));
  const records: EventRecord[] = [];
  let lastPerson: EntityId | null = null;
  let lastSpeaker: { agents: readonly EntityId[]; at: number } | null = null;
  let carry: DateCarry = { date: null, source: 'unknown', paragraph: -1 };
  let paragraphStart = 0;
  for (const [at, view] of views.entries()) {
    const { sentence } = view;
    if (at > 0 && views[at - 1]!.sentence.paragraph !== sentence.paragraph) paragraphStart = at;
    const dated = carryDate(carry, sentence, input.published);
    carry = dated.carry;
    const triggers = findTriggers(input.text, view.tokens, index, coveredBy(view));
    const light = statementsIntroducingNouns(view.tokens, triggers);
    const [reportedStart, reportedEnd] = reportedRange(view.tokens, triggers);
    const objects = objectNouns(view.tokens, triggers);
    // One statement and one other happening per sentence, the first of each that has an agent;
    // a further happening of another type only by the same agents ("praised … and reiterated
    // his readiness") or when its agent is marked in place ("signed by X", "a Russian strike").
    let statement = false;
    let happening: { agents: readonly EntityId[]; codes: Set<string> } | null = null;
    if (isHeadline(sentence.text)) triggers.length = 0;
    // Quoted speech promising violence ("we will carry out strikes") is a threat (13) by its speaker.
    const speakerHere = triggers.filter((t) => t.code === '01' && !inSpeech(view, t.start)).map((t) => findRoles(view, t, lastPerson).agents).find((a) => a.length) ?? null;
    const speaker = speakerHere ?? (lastSpeaker && at - lastSpeaker.at <= 2 ? lastSpeaker.agents : null);
    if (speakerHere) lastSpeaker = { agents: speakerHere, at };
    for (const t of triggers) {
      if (speaker && VIOLENCE.has(t.code) && !t.negated && inSpeech(view, t.start) && isIrrealis(view.tokens, t) && !happening) {
        happening = { agents: speaker, codes: new Set(['13']) };
        records.push(record(input, view, t, '13', speaker, [], locationInSentence(view, t, speaker), dated, eventConfidence(0.5, t.pos, 'after', dated.how)));
        continue;
      }
      if (t.negated || light.has(t) || objects.has(t) || isIrrealis(view.tokens, t) || isReducedRelative(view.tokens, t)) continue;
      if (inSpeech(view, t.start)) continue;
      const isStatement = t.code === '01';
      if (isStatement && statement) continue;
      const roles = findRoles(view, t, lastPerson);
      if (roles.agents.length === 0) continue;
      if (t.code !== '01' && t.first >= reportedStart && t.first < reportedEnd && !STRONG_RULES.has(roles.rule)) continue;
      const code = reportsDenial(view.tokens, t) ? '12' : t.code;
      if (!isStatement && happening && !(happening.codes.has(code) ? false : sameAgents(happening.agents, roles.agents) || STRONG_RULES.has(roles.rule))) continue;
      if (isStatement) statement = true;
      else if (happening) happening.codes.add(code);
      else happening = { agents: roles.agents, codes: new Set([code]) };
      const location = locationInSentence(view, t, roles.agents) ?? locationInParagraph(views, paragraphStart, at, roles.agents);
      records.push(record(input, view, t, code, roles.agents, roles.targets, location, dated, eventConfidence(t.weight, t.pos, roles.rule, dated.how)));
    }
    const person = view.mentions.filter((m) => m.mention.type === 'PERSON').at(-1);
    if (person) lastPerson = person.mention.entityId;
  }
  return dedupeEvents(records);
}
