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
import { ADVERB, BE_FORMS, OBJECT_PREPOSITIONS, PERSONAL_PRONOUNS, PLACE_PREPOSITIONS, SUPPORT_PARTICIPLES } from './role-words';
import type { PlacedMention, SentenceView } from './sentence-view';
import type { Trigger } from './find-triggers';

export type RoleRule = 'passive' | 'inverted' | 'subject' | 'after' | 'pronoun' | 'none';

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
function coordinated(view: SentenceView, start: PlacedMention, direction: 1 | -1): PlacedMention[] {
  const out = [start];
  let current = start;
  for (;;) {
    const next = direction === 1
      ? view.mentions.find((m) => m.first > current.last && m.first <= current.last + 3)
      : [...view.mentions].reverse().find((m) => m.last < current.first && m.last >= current.first - 3);
    if (!next || !isActor(next)) break;
    const [left, right] = direction === 1 ? [current, next] : [next, current];
    const from = view.tokens[left.last]!.end - view.sentence.start;
    const to = view.tokens[right.first]!.start - view.sentence.start;
    const joined = COORDINATION.test(view.sentence.text.slice(from, to));
    if (!joined) break;
    out.push(next);
    current = next;
  }
  return out;
}

/** What may stand between two coordinated actors: ", ", " and the ", ", as well as ". */
const COORDINATION = /^\s*(?:,|,?\s*and|,?\s*as well as)\s*(?:the\s+)?$/i;

function ids(ms: readonly PlacedMention[]): EntityId[] {
  return [...new Set(ms.map((m) => m.mention.entityId))];
}

function isPassive(view: SentenceView, t: Trigger): boolean {
  let k = t.first - 1;
  while (k >= 0 && ADVERB.test(view.tokens[k]!.lower)) k--;
  return k >= 0 && BE_FORMS.has(view.tokens[k]!.lower) && /ed$|en$|wn$|ught$|uck$/.test(view.tokens[t.first]!.lower);
}

function subjectBefore(view: SentenceView, t: Trigger, exclude: Set<PlacedMention>): PlacedMention[] {
  const before = view.mentions.filter((m) => m.last < t.first && isActor(m) && !exclude.has(m));
  const free = before.filter((m) => !OBJECT_PREPOSITIONS.has(m.before));
  const pick = free.at(-1) ?? before.filter((m) => m.before === 'of').at(-1);
  return pick ? coordinated(view, pick, -1) : [];
}

function firstAfter(view: SentenceView, t: Trigger, exclude: Set<PlacedMention>, within = 12): PlacedMention[] {
  const m = view.mentions.find((x) => x.first > t.last && x.first <= t.last + within && isActor(x) && !exclude.has(x));
  return m ? coordinated(view, m, 1) : [];
}

/** `lastPerson`: the last PERSON entity named before this sentence, for "he"/"his". */
export function findRoles(view: SentenceView, t: Trigger, lastPerson: EntityId | null): Roles {
  const backers = supporters(view);
  const after = view.tokens[t.last + 1]?.lower;
  const withBackers = (agents: PlacedMention[], targets: PlacedMention[], rule: RoleRule): Roles => {
    const agentIds = ids([...agents, ...backers]);
    return { agents: agentIds, targets: ids(targets).filter((id) => !agentIds.includes(id)), rule };
  };
  // Passive with an agent, or a noun with its doer: "was recaptured by X", "shelling by/from X".
  if ((after === 'by' && (t.pos === 'noun' || isPassive(view, t))) || (after === 'from' && t.pos === 'noun')) {
    const by = actorAt(view, t.last + 2);
    if (by) return withBackers(coordinated(view, by, 1), subjectBefore(view, t, backers), 'passive');
  }
  if (t.pos === 'verb' && isPassive(view, t)) return { agents: [], targets: ids(subjectBefore(view, t, backers)), rule: 'none' };
  // "…, said the ministry"
  if (t.code === '01' && t.pos === 'verb') {
    const speaker = actorAt(view, t.last + 1);
    if (speaker) return withBackers([speaker], [], 'inverted');
  }
  const subject = subjectBefore(view, t, backers);
  if (subject.length) return withBackers(subject, firstAfter(view, t, new Set([...backers, ...subject])), 'subject');
  if (t.pos === 'noun') {
    const doer = firstAfter(view, t, backers, 8);
    if (doer.length) return withBackers(doer, [], 'after');
  }
  const pronoun = view.tokens.slice(0, t.first).some((tok) => PERSONAL_PRONOUNS.has(tok.lower));
  if (pronoun && lastPerson) {
    const targets = firstAfter(view, t, backers).filter((m) => m.mention.entityId !== lastPerson);
    return { agents: [lastPerson, ...ids([...backers])], targets: ids(targets), rule: 'pronoun' };
  }
  return { agents: ids([...backers]), targets: [], rule: backers.size ? 'subject' : 'none' };
}
