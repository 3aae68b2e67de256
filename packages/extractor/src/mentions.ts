/**
 * Finds candidate mentions in one sentence: lexicon phrases (countries, demonyms, capitals,
 * organisations, places), demonym + force/body patterns, and capitalised name spans typed
 * by entity-types.ts. Pure: tokens and lexicons in, candidates out.
 */
import type { Candidate } from './candidate';
import type { ExtractContext } from './context';
import type { LexEntry } from './lexicon-index';
import { classifySpan, stripTitles } from './entity-types';
import { GOVERNMENT_FORCE_PHRASES, MILITARY_BRANCHES, MILITARY_NOUNS, NATIONAL_BODIES, NON_NAME_CAPITALS, ORG_HEADS, LOCATION_HEADS } from './lexicons/name-cues';
import type { Sentence } from './sentences';
import { PERSON_TITLES } from './lexicons/titles';
import { isTight, type Token } from './tokens';
import { isCapitalisedOpener, type OpenerKnowledge } from './sentence-openers';
import { acronymDefinitionAt } from './acronyms';

export const CONNECTORS = new Set(['al', 'el', 'ez', 'as', 'ad', 'ar', 'an', 'ash', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'del', 'la', 'le', 'bu']);
const ORG_CONNECTORS = new Set(['of', 'for', 'and']);
/** Words that never follow a given name as its surname (days, function words). */
const SURNAME_NEVER = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'to', 'for', 'from', 'with', 'by', 'as', 'is', 'was', 'said', 'says', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that']);
/** Words that open a title ("Defence Minister", "General"): they continue a name span. */
const TITLE_FIRST_WORDS = new Set(PERSON_TITLES.map((t) => t.split(/[\s.]+/)[0]!.toLowerCase()));

const phrase = (words: string) => words.split(' ');
const BRANCHES = MILITARY_BRANCHES.map((b) => ({ ...b, seq: phrase(b.words) }));
const BODIES = NATIONAL_BODIES.map((b) => ({ ...b, seq: phrase(b.words) }));
const GOV_FORCES = GOVERNMENT_FORCE_PHRASES.map((p) => phrase(p.replace(/-/g, ' ')));
const FORCE_MODIFIERS = new Set(['government', 'armed', 'military', 'arab', 'regime', 'ground', 'special', 'army']);

function matchesAt(tokens: readonly Token[], i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) {
    const t = tokens[i + k];
    if (!t || t.lower !== seq[k] || (k > 0 && !isTight(t))) return false;
  }
  return true;
}

/** Longest lexicon phrase starting at token i. */
export function matchLexicon(ctx: ExtractContext, tokens: readonly Token[], i: number): { entries: readonly LexEntry[]; end: number } | null {
  const first = tokens[i]!;
  if (!first.cap) return null;
  const max = Math.min(ctx.lexicon.maxLength, tokens.length - i);
  let key = '';
  let best: { entries: readonly LexEntry[]; end: number } | null = null;
  for (let n = 1; n <= max; n++) {
    const t = tokens[i + n - 1]!;
    if (n > 1 && (!isTight(t) || tokens[i + n - 2]!.poss)) break;
    key = n === 1 ? t.lower : `${key} ${t.lower}`;
    const entries = ctx.lexicon.phrases.get(key);
    if (!entries) continue;
    const last = tokens[i + n - 1]!;
    // Multi-word entries need a capitalised last word unless it is a head noun ("Euphrates valley").
    if (n > 1 && !last.cap && !LOCATION_HEADS.has(last.lower) && !ORG_HEADS.has(last.lower) && last.lower !== 'observatory') continue;
    const ok = entries.filter((e) => !e.upperOnly || (n === 1 && first.upper) || n > 1);
    if (ok.length) best = { entries: ok, end: i + n };
  }
  return best;
}

function base(sentence: Sentence, tokens: readonly Token[], first: number, last: number) {
  return { start: tokens[first]!.start, end: tokens[last]!.end, sentenceIndex: sentence.index, first, last };
}

/** Demonym or country + force/body words: "Syrian government troops", "Russian Defence Ministry". */
function matchNationalPattern(ctx: ExtractContext, sentence: Sentence, tokens: readonly Token[], i: number, entry: LexEntry, end: number): Candidate | null {
  const code = entry.country!;
  const demonym = ctx.lexicon.demonymOf.get(code) ?? entry.canonical;
  for (const b of BODIES) {
    if (matchesAt(tokens, end, b.seq) && isTight(tokens[end]!)) {
      const last = end + b.seq.length - 1;
      return { kind: 'body', type: 'ORGANIZATION', text: textOf(sentence, tokens, i, last), canonical: `${demonym} ${b.name}`, country: code, title: null, geo: null, armed: false, ...base(sentence, tokens, i, last) };
    }
  }
  let j = end;
  while (tokens[j] && FORCE_MODIFIERS.has(tokens[j]!.lower) && isTight(tokens[j]!) && !MILITARY_NOUNS.has(tokens[j]!.lower)) j++;
  for (const b of BRANCHES) {
    if (matchesAt(tokens, j, b.seq) && isTight(tokens[j]!)) {
      const last = j + b.seq.length - 1;
      return { kind: 'military', type: 'ORGANIZATION', text: textOf(sentence, tokens, i, last), canonical: `${demonym} ${b.name}`, country: code, title: null, geo: null, armed: true, ...base(sentence, tokens, i, last) };
    }
  }
  const t = tokens[j];
  if (t && isTight(t) && MILITARY_NOUNS.has(t.lower) && (j === end || j > end)) {
    // "Syrian army units", "Iraqi army officers": the force is the head.
    let last = j;
    while (tokens[last + 1] && isTight(tokens[last + 1]!) && MILITARY_NOUNS.has(tokens[last + 1]!.lower)) last++;
    return { kind: 'military', type: 'ORGANIZATION', text: textOf(sentence, tokens, i, last), canonical: `${demonym} Army`, country: code, title: null, geo: null, armed: true, ...base(sentence, tokens, i, last) };
  }
  return null;
}

export function textOf(sentence: Sentence, tokens: readonly Token[], first: number, last: number): string {
  return sentence.text.slice(tokens[first]!.start - sentence.start, tokens[last]!.end - sentence.start);
}

/** Title-case lines (headlines) where capitals say nothing about names. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => t.text.length > 3);
  return long.length >= 4 && long.filter((t) => t.cap).length / long.length >= 0.7;
}

/** Extent of a capitalised span starting at i (connectors inside, none at the end). */
function spanEnd(tokens: readonly Token[], i: number, firstNames: ReadonlySet<string>, openers?: OpenerKnowledge): number {
  let j = i;
  let last = i;
  while (j + 1 < tokens.length) {
    const next = tokens[j + 1]!;
    if (!isTight(next) || tokens[j]!.poss) break;
    // A line that opens with a common word starts a new sentence ("… the Syrian Na⏎Smoke rises").
    if (openers && next.gap.includes('\n') && isCapitalisedOpener(tokens, j + 1, openers)) break;
    // After a line break only a capitalised word continues a name ("Al-Mayadin⏎al-Bukamal" is two).
    if (!next.cap && next.gap.includes('\n')) break;
    if (next.cap && (!(NON_NAME_CAPITALS.has(next.lower) && !ORG_HEADS.has(next.lower)) || TITLE_FIRST_WORDS.has(next.lower))) { j++; last = j; continue; }
    // After a given name, a capitalised common word is a surname ("Theresa May", "Condoleezza Rice").
    if (next.cap && !next.upper && firstNames.has(tokens[j]!.lower) && tokens[j]!.cap && /^[ \t]+$/.test(next.gap) && !SURNAME_NEVER.has(next.lower)) { j++; last = j; continue; }
    if (next.cap) {
      // Non-name capitals ("Joint Operations") stay in the span when a head word closes it.
      let k = j + 1;
      while (tokens[k + 1] && tokens[k + 1]!.cap && isTight(tokens[k + 1]!) && !tokens[k]!.poss && !ORG_HEADS.has(tokens[k]!.lower)) k++;
      if (k > j && ORG_HEADS.has(tokens[k]!.lower)) { j = k; last = k; continue; }
    }
    const conn = CONNECTORS.has(next.lower) && next.gap !== ' ' ? true : CONNECTORS.has(next.lower);
    // "Ministry of Defence", "Organization for Security and Co-operation"; not "X Farm and Y town".
    const headBefore = tokens.slice(i, j + 1).some((t) => ORG_HEADS.has(t.lower) || LOCATION_HEADS.has(t.lower));
    const closedByHead = ORG_HEADS.has(tokens[j]!.lower) || LOCATION_HEADS.has(tokens[j]!.lower);
    const orgConn = ORG_CONNECTORS.has(next.lower) && headBefore && !(next.lower === 'and' && closedByHead);
    if (conn || orgConn) {
      let k = j + 2;
      if (orgConn && tokens[k]?.lower === 'the') k++;
      if (tokens[k]?.cap && isTight(tokens[k]!)) { j = k; last = k; continue; }
    }
    break;
  }
  return last;
}

const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/;
const WEAK_CUES = new Set<string | undefined>(['default', 'weak-place', 'gazetteer', 'none', undefined]);

/** In a list of places ("the towns of Qouriya, Ashara and…"), a weakly typed conjunct is a place too. */
function inheritListType(sentence: Sentence, prev: Candidate | undefined, c: Candidate): Candidate {
  if (!prev || prev.type !== 'LOCATION' || prev.sentenceIndex !== c.sentenceIndex || c.canonical || c.title) return c;
  if (!WEAK_CUES.has(c.cue)) return c;
  if (!LIST_GAP.test(sentence.text.slice(prev.end - sentence.start, c.start - sentence.start))) return c;
  return { ...c, kind: 'name', type: 'LOCATION', cue: 'list' };
}

/** A demonym opening a state's force or body at token i ("Syrian troops", "Russian Defence Ministry"). */
function nationalPatternAt(ctx: ExtractContext, sentence: Sentence, tokens: readonly Token[], i: number): Candidate | null {
  if (!tokens[i]) return null;
  const lex = matchLexicon(ctx, tokens, i);
  if (!lex) return null;
  // Only a demonym opens a force or body; a country's name ("US military") is the country
  // itself acting, so it stays a country mention.
  const national = lex.entries.some((e) => e.kind === 'country') ? undefined : lex.entries.find((e) => e.kind === 'demonym');
  return national ? matchNationalPattern(ctx, sentence, tokens, i, national, lex.end) : null;
}

/**
 * A span opened by a word that is capital only because the sentence starts there: the span is
 * no name when all its words are such common words and no head word closes it ("Full
 * Withdrawal"), and the opener alone is dropped when names follow it ("Meantime Russia").
 * Returns the index to go on from, or null when the span is a name.
 */
function skipOpener(tokens: readonly Token[], i: number, last: number, openers: OpenerKnowledge): number | null {
  if (!isCapitalisedOpener(tokens, i, openers)) return null;
  const end = tokens[last]!.lower;
  if (last > i && (ORG_HEADS.has(end) || LOCATION_HEADS.has(end))) return null;
  const rest = tokens.slice(i + 1, last + 1);
  if (rest.every((t) => openers.commonWords.has(t.lower) && !openers.midCapitals.has(t.lower) && !openers.personNames(t.lower))) return last + 1;
  return i + 1;
}

/**
 * A long name defined by the acronym after it ("Economic Community of West African States
 * (ECOWAS)") is one organisation, or one place when a place head closes it; a lexicon phrase
 * that covers it wins.
 */
function definedLongForm(ctx: ExtractContext, sentence: Sentence, tokens: readonly Token[], i: number, lexEnd: number): Candidate | null {
  const def = acronymDefinitionAt(tokens, i);
  if (!def || def.first !== i || lexEnd === def.last + 1) return null;
  const lead = matchLexicon(ctx, tokens, i);
  const country = lead?.entries.find((e) => e.kind === 'demonym' || e.kind === 'country')?.country ?? null;
  const place = LOCATION_HEADS.has(tokens[def.last]!.lower);
  return {
    kind: 'name', type: place ? 'LOCATION' : 'ORGANIZATION', text: textOf(sentence, tokens, i, def.last), canonical: null, country, title: null, geo: null,
    armed: /forces|army|brigades?|corps|front|guards?|units|militia/i.test(tokens[def.last]!.text), cue: place ? 'place-head' : 'org-head', ...base(sentence, tokens, i, def.last),
  };
}

export function findCandidates(ctx: ExtractContext, sentence: Sentence, tokens: readonly Token[], openers?: OpenerKnowledge): Candidate[] {
  const out: Candidate[] = [];
  // A headline has no closing punctuation; a sentence full of names still ends with a period.
  const headline = isTitleCase(tokens) && !/[.!?…]["”’»)]*\s*$/.test(sentence.text);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "government forces", "regime forces"
    const gov = GOV_FORCES.find((seq) => matchesAt(tokens, i, seq));
    if (gov) {
      const last = i + gov.length - 1;
      out.push({ kind: 'gov-forces', type: 'ORGANIZATION', text: textOf(sentence, tokens, i, last), canonical: null, country: null, title: null, geo: null, armed: true, ...base(sentence, tokens, i, last) });
      i = last + 1;
      continue;
    }
    const pattern = nationalPatternAt(ctx, sentence, tokens, i);
    if (pattern) { out.push(pattern); i = pattern.last + 1; continue; }
    // A capitalised article before a force or body ("The Iranian Foreign Ministry said") is not
    // part of a name: let the next token open the national pattern.
    if (t.lower === 'the' && nationalPatternAt(ctx, sentence, tokens, i + 1)) { i++; continue; }
    const lex = matchLexicon(ctx, tokens, i);
    const defined = definedLongForm(ctx, sentence, tokens, i, lex?.end ?? -1);
    if (defined) { out.push(defined); i = defined.last + 1; continue; }
    if (!t.cap && !(CONNECTORS.has(t.lower) && tokens[i + 1]?.cap && tokens[i + 1]!.gap === '-')) { i++; continue; }
    const start = t.cap ? i : i; // a lowercase "al-" may open a place name ("al-Bukamal")
    let last = t.cap ? spanEnd(tokens, i, ctx.names.firstNames, openers) : spanEnd(tokens, i + 1, ctx.names.firstNames, openers);
    const skipTo = openers && t.cap && !lex ? skipOpener(tokens, i, last, openers) : null;
    if (skipTo !== null) { i = skipTo; continue; }
    // A lexicon phrase may run past the capitals ("Middle East", "Syrian observatory").
    if (lex && lex.end - 1 > last) last = lex.end - 1;
    const spanCands = classifySpan(ctx, sentence, tokens, start, last, headline);
    out.push(...spanCands.map((c) => inheritListType(sentence, out[out.length - 1], c)));
    i = last + 1;
  }
  return out;
}

export { stripTitles };
