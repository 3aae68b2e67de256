/**
 * A capital city's name is the city where things happen in it ("fighting in Tripoli", "the
 * capital Sanaa", "struck central Kyiv") and its state's government when it acts: the subject
 * of a verb ("Baku said"), a possessor of an act ("Moscow's denial"), the agent after "by", the
 * one dealt with ("talks with Tehran", "accused Washington", "allow Damascus … to"), or the
 * source of a statement ("no reaction from Baku"). Anything else is the city. Pure.
 */
import nlp from 'compromise';
import type { Token } from './tokens';

export type CapitalRole = 'city' | 'state';

/** Words before a name that make it the city: prepositions of place, articles, "capital". */
const CITY_BEFORE = new Set(['in', 'at', 'to', 'into', 'near', 'toward', 'towards', 'via', 'of', 'between', 'outside', 'across', 'around', 'inside', 'visit', 'visited', 'visiting', 'the', 'a', 'an', 'capital', 'central', 'downtown', 'northern', 'southern', 'eastern', 'western', 'greater', 'city', 'occupied', 'besieged']);
/** Nouns after a name that make it the city ("a Cairo news conference", "Kabul airport"). */
const CITY_AFTER = new Set(['conference', 'conferences', 'talks', 'summit', 'process', 'format', 'meeting', 'meetings', 'agreement', 'agreements', 'accord', 'accords', 'airport', 'news', 'region', 'area', 'office', 'embassy', 'based', 'correspondent', 'bureau', 'peace', 'negotiations', 'round', 'suburb', 'suburbs', 'outskirts', 'streets', 'residents', 'mayor', 'district', 'districts', 'port', 'centre', 'center', 'province', 'governorate', 'city']);
/** Nouns of a statement or a stance whose source acts: "no reaction from Baku". */
const STATEMENT_NOUNS = new Set(['reaction', 'response', 'comment', 'statement', 'word', 'message', 'signal', 'pressure', 'support', 'demand', 'request', 'warning', 'threat', 'call', 'offer', 'backing', 'approval', 'objection', 'protest', 'confirmation', 'denial']);
/** Verbs whose object is someone dealt with, not a place (lemmas). */
const AGENT_OBJECT_VERBS = new Set(['accuse', 'urge', 'warn', 'tell', 'ask', 'criticise', 'criticize', 'condemn', 'blame', 'thank', 'join', 'back', 'support', 'press', 'pressure', 'allow', 'invite', 'help', 'persuade', 'convince', 'sanction', 'recognise', 'recognize', 'praise', 'reassure', 'assure', 'inform', 'notify', 'trust', 'arm', 'fund', 'oppose', 'defy', 'reject', 'engage']);
/** Words before a name that make it a party to relations ("talks with Tehran", "armed by Washington"). */
const PARTY_BEFORE = new Set(['with', 'by', 'against', 'for']);

const VERB_CACHE = new Map<string, string | null>();

/** The lemma of a word when compromise reads it as a verb after a subject ("they said" → "say"), else null. */
function verbLemma(word: string): string | null {
  let v = VERB_CACHE.get(word);
  if (v === undefined) {
    const doc = nlp(`they ${word}`);
    const term = (doc.json() as { terms: { tags: string[] }[] }[])[0]?.terms[1];
    const isVerb = !!term && term.tags.some((t) => t === 'Verb' || t === 'Modal' || t === 'Copula' || t === 'Auxiliary');
    v = isVerb ? ((doc.verbs().toInfinitive().text() as string) || word).toLowerCase() : null;
    if (VERB_CACHE.size > 20_000) VERB_CACHE.clear();
    VERB_CACHE.set(word, v);
  }
  return v;
}

const PUNCT = /[.;:!?"“”]/;

/** The role of the capital named by tokens a..b. */
export function capitalRole(tokens: readonly Token[], a: number, b: number): CapitalRole {
  // "RIYADH (Reuters) -": an all-caps capital is a wire dateline, the place the story was filed.
  if (tokens[a]!.upper && tokens[a]!.text.length > 3) return 'city';
  const prev = tokens[a - 1];
  const joined = prev && !PUNCT.test(tokens[a]!.gap);
  const last = tokens[b]!;
  const next = tokens[b + 1];
  const nextJoined = next && !PUNCT.test(next.gap) && !/,/.test(next.gap);
  if (last.poss) return nextJoined && CITY_AFTER.has(next.lower) ? 'city' : 'state';
  if (nextJoined && CITY_AFTER.has(next.lower)) return 'city';
  if (joined && prev.lower === 'from' && STATEMENT_NOUNS.has(tokens[a - 2]?.lower ?? '')) return 'state';
  if (joined && CITY_BEFORE.has(prev.lower)) return 'city';
  if (joined && PARTY_BEFORE.has(prev.lower)) return 'state';
  if (joined && AGENT_OBJECT_VERBS.has(verbLemma(prev.lower) ?? '')) return 'state';
  // The subject: the next word is a verb, maybe after "and its allies" or an adverb.
  for (let k = b + 1; k < tokens.length && k <= b + 5; k++) {
    const t = tokens[k]!;
    if (PUNCT.test(t.gap) || t.cap) break;
    if (verbLemma(t.lower)) return 'state';
    if (!['and', 'its', 'allies', 'partners', 'also', 'has', 'now', 'still', 'then', 'quickly', 'later'].includes(t.lower) && !/ly$/.test(t.lower)) break;
  }
  return 'city';
}
