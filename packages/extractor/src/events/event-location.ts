/**
 * Where an event happened: a place named in its sentence ("in", "at", "near", "countryside of",
 * "to" for a visit), a named LOCATION preferred to a country and "in/at" to "to" to "from";
 * else the nearest place named earlier in the same paragraph; else unknown.
 */
import type { EntityId } from '@kg/model';
import type { PlacedMention, SentenceView } from './sentence-view';
import { PLACE_PREPOSITIONS } from './role-words';
import type { Trigger } from './find-triggers';

/** Rank of the word before a place: lower is a surer statement of where it happened. */
const PREPOSITION_RANK: Readonly<Record<string, number>> = { in: 0, at: 0, near: 0, inside: 0, on: 1, of: 1, to: 2, into: 2, across: 1, throughout: 1, along: 1, around: 1, within: 1, toward: 3, towards: 3, from: 3, outside: 3, over: 2 };

/** "the town of Salhiya", "the countryside of Idlib": the surest way to name a place. */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'countryside', 'province', 'region', 'area', 'areas', 'governorate', 'outskirts', 'suburbs', 'district', 'port', 'capital', 'vicinity', 'banks', 'bank', 'outskirt', 'neighbourhood', 'neighborhood']);

function placeScore(view: SentenceView, m: PlacedMention, t: Trigger): number | null {
  const type = m.mention.type;
  if (type !== 'LOCATION' && type !== 'COUNTRY') return null;
  if (m.mention.via === 'demonym') return null;
  // "Russia's forces", "the Syria-Iraq border": the name qualifies something else, it is not the place.
  const next = view.tokens[m.last + 1];
  if (view.tokens[m.last]!.poss || (next && next.gap === '-')) return null;
  const prep = PLACE_PREPOSITIONS.has(m.before) ? PREPOSITION_RANK[m.before] ?? 2 : null;
  if (prep === null && type === 'COUNTRY') return null; // a bare country acts or qualifies; it is not a place
  const typeRank = type === 'LOCATION' ? 0 : 4;
  const ofPlace = m.before === 'of' && PLACE_NOUNS.has(view.tokens[m.first - (view.tokens[m.first - 1]?.lower === 'the' ? 3 : 2)]?.lower ?? '');
  if (ofPlace) return typeRank - 0.5;
  const distance = Math.min(m.first > t.last ? m.first - t.last : t.first - m.last, 40) / 100;
  return typeRank + (prep ?? 3) + distance;
}

/** The best place stated in the sentence itself, never one of the event's actors. */
export function locationInSentence(view: SentenceView, t: Trigger, actors: readonly EntityId[]): EntityId | null {
  let best: { id: EntityId; score: number } | null = null;
  for (const m of view.mentions) {
    if (actors.includes(m.mention.entityId)) continue;
    const score = placeScore(view, m, t);
    if (score !== null && (!best || score < best.score)) best = { id: m.mention.entityId, score };
  }
  return best?.id ?? null;
}

/** How far back in a paragraph a place still frames the sentence at hand. */
const PARAGRAPH_REACH = 8;

/** The last place named in the paragraph's earlier sentences, views[from..to) (nearest first), or null. */
export function locationInParagraph(views: readonly SentenceView[], from: number, to: number, actors: readonly EntityId[]): EntityId | null {
  for (let s = to - 1; s >= Math.max(from, to - PARAGRAPH_REACH); s--) {
    const view = views[s]!;
    const places = view.mentions.filter((m) => !actors.includes(m.mention.entityId) && m.mention.via !== 'demonym'
      && (m.mention.type === 'LOCATION' || (m.mention.type === 'COUNTRY' && PLACE_PREPOSITIONS.has(m.before) && m.before !== 'of')));
    const located = places.find((m) => m.mention.type === 'LOCATION') ?? places[0];
    if (located) return located.mention.entityId;
  }
  return null;
}
