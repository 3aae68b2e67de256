/**
 * Event stage: sentences with resolved mentions → CAMEO events. For each sentence: find the
 * triggers, drop negated ones, read agent and target from the sentence's structure, the place
 * from the sentence or its paragraph, the day from the sentence (or the day the narrative is
 * on), then keep one record per happening. Pure: no clock, no I/O.
 */
import { cameoRoot, type EntityId, type EventRecord } from '@kg/model';
import type { EventInput, ResolvedMention } from './event-input';
import { dedupeEvents } from './event-dedupe';
import { eventConfidence } from './event-confidence';
import { carryDate, type DateCarry } from './date-carry';
import { findTriggers, type Trigger } from './find-triggers';
import { locationInParagraph, locationInSentence } from './event-location';
import { findRoles } from './roles';
import { isHeadline, isIrrealis, isReducedRelative, reportsDenial } from './trigger-filters';
import { coveredBy, inSpeech, viewSentence, type SentenceView } from './sentence-view';
import { sharedTriggerIndex } from './trigger-index';
import { OBJECT_PREPOSITIONS } from './role-words';
import type { Token } from '../tokens';

/**
 * A statement verb whose object is an event noun ("reiterated his readiness", "made an
 * announcement") is not a second event: only determiners and modifiers may stand between.
 */
const LIGHT_GAP = 4;
const TIME_PREPOSITIONS = new Set(['after', 'before', 'during', 'following', 'since', 'until', 'ahead']);

function statementsIntroducingNouns(tokens: readonly Token[], triggers: readonly Trigger[]): Set<Trigger> {
  const out = new Set<Trigger>();
  for (const t of triggers) {
    if (t.code !== '01' || t.pos !== 'verb') continue;
    const object = triggers.find((o) => o !== t && o.code !== '01' && o.pos === 'noun' && o.first > t.last && o.first - t.last <= LIGHT_GAP);
    if (!object) continue;
    const between = tokens.slice(t.last + 1, object.first + 1);
    if (between.every((w) => !OBJECT_PREPOSITIONS.has(w.lower) && !TIME_PREPOSITIONS.has(w.lower) && !/[,;:]/.test(w.gap))) out.add(t);
  }
  return out;
}

/**
 * "X said that …", "X warned that …", "X accused Y of …", "X denied …", "X urged/vowed …": what
 * follows is reported, alleged, denied, threatened, asked for or promised, and becomes an event only when the sentence marks its doer in
 * place ("signed by Y", "a Russian strike").
 */
const CLAIM_CODES = new Set(['02', '03', '11', '12', '13']);

/** The token range [from, to) a claim reports: to the end of its clause (", and …" starts a new one). */
function reportedRange(tokens: readonly Token[], triggers: readonly Trigger[]): [number, number] {
  for (const t of triggers) {
    if (t.pos !== 'verb') continue;
    const that = tokens[t.last + 1]?.lower === 'that' || tokens[t.last + 2]?.lower === 'that';
    if (!CLAIM_CODES.has(t.code) && !((t.code === '01' || t.code === '02') && that)) continue;
    let end = t.last + 1;
    while (end < tokens.length && !/;/.test(tokens[end]!.gap) && !(/,/.test(tokens[end]!.gap) && ['and', 'but'].includes(tokens[end]!.lower))) end++;
    return [t.last + 1, end];
  }
  return [Infinity, Infinity];
}

/** "threatened sanctions", "condemned the attack": an event noun that is the object of an event verb is that verb's content. */
function objectNouns(tokens: readonly Token[], triggers: readonly Trigger[]): Set<Trigger> {
  const out = new Set<Trigger>();
  for (const v of triggers) {
    if (v.pos !== 'verb' || v.code === '01') continue;
    const noun = triggers.find((o) => o.pos === 'noun' && o.first > v.last && o.first - v.last <= 3);
    if (!noun) continue;
    const between = tokens.slice(v.last + 1, noun.first + 1);
    if (between.every((w) => !OBJECT_PREPOSITIONS.has(w.lower) && !TIME_PREPOSITIONS.has(w.lower) && !/[,;:]/.test(w.gap))) out.add(noun);
  }
  return out;
}

const STRONG_RULES = new Set(['passive', 'modifier']);
const sameAgents = (a: readonly EntityId[], b: readonly EntityId[]) => a.length === b.length && a.every((x) => b.includes(x));

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
  let carry: DateCarry = { date: null, source: 'unknown', paragraph: -1 };
  let paragraphStart = 0;
  for (const [at, view] of views.entries()) {
    const { sentence } = view;
    if (at > 0 && views[at - 1]!.sentence.paragraph !== sentence.paragraph) paragraphStart = at;
    const dated = carryDate(carry, sentence, input.published);
    carry = dated.carry;
    const paragraphBefore = views.slice(paragraphStart, at);
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
    for (const t of triggers) {
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
      const location = locationInSentence(view, t, roles.agents) ?? locationInParagraph(paragraphBefore, roles.agents);
      records.push({
        id: `${input.documentId}:${sentence.start}-${sentence.end}:${t.start}`,
        type: code,
        quadClass: cameoRoot(code).quadClass,
        trigger: t.text,
        agents: roles.agents,
        targets: roles.targets,
        location,
        date: dated.date,
        dateSource: dated.source,
        confidence: eventConfidence(t.weight, t.pos, roles.rule, dated.how),
        provenance: { file: input.file, documentId: input.documentId, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end, sentence: input.text.slice(sentence.start, sentence.end) },
      });
    }
    const person = view.mentions.filter((m) => m.mention.type === 'PERSON').at(-1);
    if (person) lastPerson = person.mention.entityId;
  }
  return dedupeEvents(records);
}
