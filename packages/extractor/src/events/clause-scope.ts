/**
 * How the triggers of one sentence bear on each other: a statement verb introducing an event
 * noun, a claim whose clause reports rather than states, an event noun that is the object of
 * an event verb. Pure functions over the sentence's tokens and triggers.
 */
import type { Token } from '../tokens';
import type { Trigger } from './find-triggers';
import { OBJECT_PREPOSITIONS } from './role-words';

/**
 * A statement verb whose object is an event noun ("reiterated his readiness", "made an
 * announcement") is not a second event: only determiners and modifiers may stand between.
 */
const LIGHT_GAP = 4;
const TIME_PREPOSITIONS = new Set(['after', 'before', 'during', 'following', 'since', 'until', 'ahead']);

export function statementsIntroducingNouns(tokens: readonly Token[], triggers: readonly Trigger[]): Set<Trigger> {
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
 * follows is reported, alleged, denied, threatened, asked for or promised; the caller keeps an
 * event there only when the sentence marks its doer in place ("signed by Y", "a Russian strike").
 */
const CLAIM_CODES = new Set(['02', '03', '11', '12', '13']);

/** The token range [from, to) a claim reports: to the end of its clause (", and …" starts a new one). */
export function reportedRange(tokens: readonly Token[], triggers: readonly Trigger[]): [number, number] {
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

/** "threatened sanctions", "condemned the attack": an event noun objecting an event verb is that verb's content. */
export function objectNouns(tokens: readonly Token[], triggers: readonly Trigger[]): Set<Trigger> {
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
