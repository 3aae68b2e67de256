/**
 * Agent and target of a trigger from the sentence's structure:
 *  - passive "was attacked by X" and nouns "shelling by/from X": X acts, the subject is hit;
 *  - inverted speech "…, said X": X speaks;
 *  - otherwise the subject: the nearest actor before the trigger that is not the object of a
 *    preposition, with its coordinated neighbours ("Russia, Iran and Turkey met");
 *  - a noun with nobody before it takes the first actor after it ("clashes between X and…");
 *  - "he/his …" with nobody named takes the last person named in the article before;
 *  - "backed by / led by X" adds X as a co-agent.
 * Locations never act; a country after "in/at/from/to" is a place, not an actor.
 */
import type { EntityId } from '@kg/model';
import { INVERTIBLE_SPEECH } from '../lexicons/cameo-verbs';
import { ADVERB, BE_FORMS, DEMONYM_ACTOR_HEADS, OBJECT_PREPOSITIONS, PLACE_PREPOSITIONS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, SUPPORT_PARTICIPLES } from './role-words';
import { inSpeech, type PlacedMention, type SentenceView } from './sentence-view';
import type { Trigger } from './find-triggers';

export type RoleRule = 'passive' | 'modifier' | 'inverted' | 'subject' | 'after' | 'pronoun' | 'none';

export interface Roles {
  readonly agents: readonly EntityId[];
  readonly targets: readonly EntityId[];
  readonly rule: RoleRule;
}

export function isActor(m: PlacedMention): boolean {
  if (m.mention.type === 'LOCATION') return false;
  if (m.mention.type === 'COUNTRY' && m.mention.via !== 'demonym' && PLACE_PREPOSITIONS.has(m.before) && m.before !== 'of') return false;
  return true;
}

/** Mentions that follow "backed by", "led by"… (and their coordinated neighbours). */
export function supporters(view: SentenceView): Set<PlacedMention> {
  const out = new Set<PlacedMention>();
  const { tokens } = view;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!SUPPORT_PARTICIPLES.has(tokens[i]!.lower) || tokens[i + 1]!.lower !== 'by') continue;
    const first = actorAt(view, i + 2);
    if (first) for (const m of coordinated(view, first, 1)) out.add(m);
  }
  return out;
}

/** The actor starting at token i (after an optional "the"). */
function actorAt(view: SentenceView, i: number): PlacedMention | null {
  const at = view.tokens[i]?.lower === 'the' ? i + 1 : i;
  return view.mentions.find((m) => m.first === at && isActor(m)) ?? null;
}

/** A mention and its neighbours joined by "," / "and" / "as well as", in one direction. */
/**
 * A mention and its neighbours joined by "," / "and" / "as well as", in one direction. A bare
 * comma only lists when an "and" closes the list ("Russia, Iran and Turkey"); otherwise it is
 * an apposition or a clause boundary ("…Islamic State, the ministry said").
 */
function coordinated(view: SentenceView, start: PlacedMention, direction: 1 | -1): PlacedMention[] {
  const out = [start];
  let current = start;
  let closedAt = direction === 1 ? 0 : Infinity; // rightward: how many items the last "and" covers
  for (;;) {
    const next = direction === 1
      ? view.mentions.find((m) => m.first > current.last && m.first <= current.last + 3)
      : [...view.mentions].reverse().find((m) => m.last < current.first && m.last >= current.first - 3);
    if (!next || !isActor(next)) break;
    const [left, right] = direction === 1 ? [current, next] : [next, current];
    const from = view.tokens[left.last]!.end - view.sentence.start;
    const to = view.tokens[right.first]!.start - view.sentence.start;
    const gap = view.sentence.text.slice(from, to);
    if (!COORDINATION.test(gap)) break;
    const conjunction = /\b(?:and|as well as)\b/i.test(gap);
    if (direction === -1 && !conjunction && closedAt === Infinity) break; // leftward, "and" comes first
    out.push(next);
    if (conjunction) closedAt = direction === 1 ? out.length : 0;
    current = next;
  }
  return direction === 1 ? out.slice(0, Math.max(1, closedAt)) : out;
}

/** What may stand between two coordinated actors: ", ", " and the ", ", as well as ". */
const COORDINATION = /^\s*(?:,|,?\s*and|,?\s*as well as)\s*(?:the\s+)?$/i;

function ids(ms: readonly PlacedMention[]): EntityId[] {
  return [...new Set(ms.map((m) => m.mention.entityId))];
}

function isPassive(view: SentenceView, t: Trigger): boolean {
  let k = t.first - 1;
  while (k >= 0 && ADVERB.test(view.tokens[k]!.lower)) k--;
  return k >= 0 && BE_FORMS.has(view.tokens[k]!.lower) && !view.tokens[t.first]!.lower.endsWith('ing');
}

/** A bare demonym acts only as "Russian troops…" or right before the trigger ("a Russian strike"). */
function demonymActs(view: SentenceView, m: PlacedMention, t: Trigger): boolean {
  if (m.mention.via !== 'demonym') return true;
  return m.last + 1 === t.first || DEMONYM_ACTOR_HEADS.has(view.tokens[m.last + 1]?.lower ?? '');
}

/**
 * "…, residents said": when the words between the last comma and a verb name nobody, the
 * subject is those words (a common noun), not an actor further back.
 */
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom']);
const CLAUSE_GLUE = new Set(['and', 'but', 'or', 'also', 'then', 'later', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'not', 'still', 'again', 'now', 'yet', 'so', 'thus']);

function unnamedSubject(view: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb') return false;
  let k = t.first - 1;
  const words: number[] = [];
  while (k >= 0 && !/[,;:(]/.test(view.tokens[k + 1]!.gap)) {
    words.push(k);
    k--;
  }
  if (k < 0 || words.length === 0) return false; // the clause runs to the sentence start, or ", said X"
  const lower = words.map((i) => view.tokens[i]!.lower);
  // "…, who have joined", "…, and requested": the subject is further back.
  if (lower.some((w) => RELATIVES.has(w)) || lower.every((w) => CLAUSE_GLUE.has(w) || ADVERB.test(w))) return false;
  return words.every((i) => !view.mentions.some((m) => m.first <= i && i <= m.last) && !SUBJECT_PRONOUNS.has(view.tokens[i]!.lower));
}

function subjectBefore(view: SentenceView, t: Trigger, exclude: Set<PlacedMention>): PlacedMention[] {
  if (unnamedSubject(view, t)) return [];
  // A speaker outside a quotation is not one of the names quoted ("“X and Y are fighting,” the statement said").
  const triggerQuoted = inSpeech(view, t.start);
  const quoted = (m: PlacedMention) => inSpeech(view, view.tokens[m.first]!.start) !== triggerQuoted;
  const before = view.mentions.filter((m) => m.last < t.first && isActor(m) && !exclude.has(m) && demonymActs(view, m, t) && !quoted(m));
  const free = before.filter((m) => !OBJECT_PREPOSITIONS.has(m.before));
  const pick = free.at(-1) ?? before.filter((m) => m.before === 'of').at(-1);
  return pick ? coordinated(view, pick, -1) : [];
}

function firstAfter(view: SentenceView, t: Trigger, exclude: Set<PlacedMention>, within = 12, skipObjects = false): PlacedMention[] {
  const m = view.mentions.find((x) => x.first > t.last && x.first <= t.last + within && isActor(x) && !exclude.has(x) && demonymActs(view, x, t) && !(skipObjects && PATIENT_PREPOSITIONS.has(x.before)));
  return m ? coordinated(view, m, 1) : [];
}

/** Codes whose event nouns take their doer after "of" (withdraw, visit, protest, deploy). */
const INTRANSITIVE_CODES = new Set(['04', '08', '14', '15']);

/** After a noun trigger these mark who suffered it or where ("the liberation of Aleppo"), not who did it. */
const PATIENT_PREPOSITIONS = new Set(['of', 'to', 'against', 'on', 'in', 'at', 'into', 'over', 'with']);

/** "Moscow's broad criticism", "a Russian strike": the actor that modifies a noun trigger does it. */
function modifierOf(view: SentenceView, t: Trigger): PlacedMention | null {
  if (t.pos !== 'noun') return null;
  const m = view.mentions.filter((x) => x.last < t.first && x.last >= t.first - 3 && isActor(x)).at(-1);
  if (!m) return null;
  const possessive = view.tokens[m.last]!.poss;
  const adjacentDemonym = m.mention.via === 'demonym' && m.last + 1 === t.first;
  const between = view.tokens.slice(m.last + 1, t.first);
  const onlyModifiers = between.every((w) => !/[,;:]/.test(w.gap) && !OBJECT_PREPOSITIONS.has(w.lower));
  return (possessive || adjacentDemonym) && onlyModifiers ? m : null;
}

/**
 * "he said", "his visit": a subject pronoun within three words before the trigger, or a
 * possessive right before a noun trigger, with no actor named in between.
 */
function pronounSubject(view: SentenceView, t: Trigger): boolean {
  for (let k = t.first - 1; k >= 0 && k >= t.first - 3; k--) {
    const w = view.tokens[k]!.lower;
    if (view.mentions.some((m) => m.first <= k && m.last >= k)) return false;
    if (SUBJECT_PRONOUNS.has(w)) return true;
    if (POSSESSIVE_PRONOUNS.has(w) && t.pos === 'noun') return true;
  }
  return false;
}

/** The speaker after a statement verb that opens its clause: "…,” said X" / "…, said the ministry". */
function invertedSpeaker(view: SentenceView, t: Trigger): PlacedMention | null {
  if (t.code !== '01' || !INVERTIBLE_SPEECH.has(t.text.toLowerCase())) return null;
  const opensClause = t.first === 0 || /[,"“”«»'’:]/.test(view.tokens[t.first]!.gap);
  return opensClause ? actorAt(view, t.last + 1) : null;
}

/** `lastPerson`: the last PERSON entity named before this sentence, for "he"/"his". */
export function findRoles(view: SentenceView, t: Trigger, lastPerson: EntityId | null): Roles {
  const backers = supporters(view);
  const after = view.tokens[t.last + 1]?.lower;
  const roles = (agents: PlacedMention[], targets: PlacedMention[], rule: RoleRule): Roles => {
    // Allies join a named agent when their phrase stands between it and the trigger.
    const allies = agents.length ? [...backers].filter((b) => b.first > Math.min(...agents.map((a) => a.last)) && b.last < t.first) : [];
    const agentIds = ids([...agents, ...allies]);
    return { agents: agentIds, targets: ids(targets).filter((id) => !agentIds.includes(id)), rule };
  };
  // Passive with an agent, or a noun with its doer: "was recaptured by X", "shelling by/from X".
  if ((after === 'by' && (t.pos === 'noun' || isPassive(view, t))) || (after === 'from' && t.pos === 'noun')) {
    const by = actorAt(view, t.last + 2);
    if (by) return roles(coordinated(view, by, 1), subjectBefore(view, t, backers), 'passive');
  }
  if (t.pos === 'verb' && isPassive(view, t)) return { agents: [], targets: ids(subjectBefore(view, t, backers)), rule: 'none' };
  // "the withdrawal of the Russian contingent", "a visit of the minister": who withdrew, who visited.
  if (t.pos === 'noun' && INTRANSITIVE_CODES.has(t.code) && after === 'of') {
    const doer = actorAt(view, t.last + 2);
    if (doer) return roles([doer], [], 'modifier');
  }
  const modifier = modifierOf(view, t);
  if (modifier) return roles([modifier], firstAfter(view, t, new Set([...backers, modifier])), 'modifier');
  const speaker = invertedSpeaker(view, t);
  if (speaker) return roles([speaker], [], 'inverted');
  if (pronounSubject(view, t)) {
    const named = view.mentions.filter((m) => m.mention.type === 'PERSON' && m.last < t.first).at(-1)?.mention.entityId ?? lastPerson;
    if (named) {
      const targets = firstAfter(view, t, backers).filter((m) => m.mention.entityId !== named);
      return { agents: [named], targets: ids(targets), rule: 'pronoun' };
    }
  }
  const subject = subjectBefore(view, t, backers);
  if (subject.length) return roles(subject, firstAfter(view, t, new Set([...backers, ...subject])), 'subject');
  if (t.pos === 'noun') {
    const doer = firstAfter(view, t, backers, 10, true);
    if (doer.length) return roles(doer, [], 'after');
  }
  return { agents: [], targets: [], rule: 'none' };
}
