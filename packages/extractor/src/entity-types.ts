/**
 * Types a capitalised span: splits it at lexicon entries, strips titles, then reads the
 * cues inside and around it (head words, "town of", a given name, a title) in a fixed order.
 * Fixes compromise-style errors by rule: an "al-X" after "countryside of" is a place.
 */
import type { EntityType, GeoPoint } from '@kg/model';
import type { Candidate } from './candidate';
import type { ExtractContext } from './context';
import type { LexEntry } from './lexicon-index';
import { LOCATION_HEADS, NON_NAME_CAPITALS, ORG_HEADS, PLACE_NOUNS_AFTER, STRONG_PLACE_CUES, WEAK_PLACE_CUES } from './lexicons/name-cues';
import { PERSON_TITLES, ROLE_NOUNS } from './lexicons/titles';
import { CONNECTORS, matchLexicon, textOf } from './mentions';
import { capitalRole } from './capital-role';
import type { Sentence } from './sentences';
import { arabicKey, keyStrength } from './text-keys';
import { tokenize, type Token } from './tokens';

const TITLE_SEQS = PERSON_TITLES.map((t) => tokenize(t).map((x) => x.lower)).sort((a, b) => b.length - a.length);
const ROLES = new Set([...ROLE_NOUNS, 'counterpart', 'colleague']);
const STRONG_CUES = STRONG_PLACE_CUES.map((c) => c.split(' ')).sort((a, b) => b.length - a.length);
const SPEECH = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'explained', 'wrote']);
const MIN_CUELESS_POPULATION = 20000;
/** Words stripped from the front of a span even when it ends in an organisation head. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'from', 'with', 'for', 'and', 'but', 'or', 'by', 'of', 'to', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'after', 'before', 'during', 'while', 'when', 'as', 'if', 'both', 'all', 'meanwhile', 'however', 'also', 'then', 'since', 'under', 'against']);

/** Strips leading titles; returns the index after them and the title text. */
export function stripTitles(tokens: readonly Token[], a: number, b: number): { at: number; title: string | null } {
  let at = a;
  let titleStart = -1;
  for (;;) {
    const seq = TITLE_SEQS.find((s) => s.every((w, k) => at + k <= b && tokens[at + k]!.lower === w));
    if (!seq || at + seq.length > b) break; // a title must leave a name after it
    if (titleStart < 0) titleStart = at;
    at += seq.length;
  }
  if (titleStart < 0) return { at, title: null };
  return { at, title: tokens.slice(titleStart, at).map((t) => t.text).join(' ') };
}

function lowerBefore(tokens: readonly Token[], i: number, n: number): string[] {
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && out.length < n; k--) {
    if (/[.;:!?]/.test(tokens[k + 1]!.gap)) break;
    out.unshift(tokens[k]!.lower);
  }
  return out;
}

function hasStrongCue(tokens: readonly Token[], a: number): boolean {
  const before = lowerBefore(tokens, a, 4);
  const trimmed = before[before.length - 1] === 'the' ? before.slice(0, -1) : before;
  return STRONG_CUES.some((cue) => cue.length <= trimmed.length && cue.every((w, k) => trimmed[trimmed.length - cue.length + k] === w));
}

function geoOf(ctx: ExtractContext, name: string, entry?: LexEntry): GeoPoint | null {
  if (entry?.lat !== undefined && entry.lon !== undefined && entry.kind === 'place') return { lat: entry.lat, lon: entry.lon, source: 'lexicon' };
  const g = ctx.gazetteer?.lookup(name);
  return g ? { lat: g.lat, lon: g.lon, source: `geonames:${g.id}` } : null;
}

/** "RIYADH" → "Riyadh": an all-caps dateline is no display name. */
function titleCase(name: string): string {
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()) : name;
}

function lexCandidate(ctx: ExtractContext, sentence: Sentence, tokens: readonly Token[], a: number, b: number, e: LexEntry): Candidate {
  const text = textOf(sentence, tokens, a, b);
  const common = { start: tokens[a]!.start, end: tokens[b]!.end, sentenceIndex: sentence.index, first: a, last: b, title: null, armed: !!e.armed };
  switch (e.kind) {
    case 'demonym': return { ...common, kind: 'demonym', type: null, text, canonical: e.canonical, country: e.country ?? null, geo: null };
    case 'capital':
      if (capitalRole(tokens, a, b) === 'city') return { ...common, kind: 'lexicon', type: 'LOCATION', text, canonical: titleCase(text.replace(/['’]s$/, '')), country: e.country ?? null, geo: geoOf(ctx, text) };
      return { ...common, kind: 'lexicon', type: 'COUNTRY', text, canonical: e.canonical, country: e.country ?? null, geo: { lat: e.lat!, lon: e.lon!, source: 'lexicon' } };
    case 'country':
    case 'seat':
      return { ...common, kind: 'lexicon', type: 'COUNTRY', text, canonical: e.canonical, country: e.country ?? null, geo: { lat: e.lat!, lon: e.lon!, source: 'lexicon' } };
    default:
      return { ...common, kind: 'lexicon', type: e.type, text, canonical: e.canonical, country: e.country ?? null, geo: e.type === 'LOCATION' ? geoOf(ctx, e.canonical, e) : null };
  }
}

/** Picks among entries of one phrase ("US" is a country and a demonym): the name first. */
function pickEntry(entries: readonly LexEntry[]): LexEntry {
  const order = ['org', 'place', 'country', 'seat', 'capital', 'demonym'];
  return [...entries].sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind))[0]!;
}

interface Typed { readonly type: EntityType | null; readonly cue: string }

function typeByCues(ctx: ExtractContext, tokens: readonly Token[], a: number, b: number, title: string | null): Typed {
  const span = tokens.slice(a, b + 1);
  const last = span[span.length - 1]!;
  const next = tokens[b + 1];
  const prev = tokens[a - 1];
  const nextGap = next?.gap ?? '';
  if (title) return { type: 'PERSON', cue: 'title' };
  if (span.length === 1 && ORG_HEADS.has(last.lower)) return { type: null, cue: 'bare-head' }; // "Navy", "Army" alone
  if (ORG_HEADS.has(last.lower) && span.length > 1) return { type: 'ORGANIZATION', cue: 'org-head' };
  if (LOCATION_HEADS.has(last.lower) && span.length > 1) return { type: 'LOCATION', cue: 'place-head' };
  if (next && !next.cap && PLACE_NOUNS_AFTER.has(next.lower) && /^\s*$/.test(nextGap)) return { type: 'LOCATION', cue: 'place-noun' };
  if (hasStrongCue(tokens, a)) return { type: 'LOCATION', cue: 'place-cue' };
  // A plural group noun ("Islamists", "Kurds") names no single thing.
  if (span.length === 1 && /(ists|ites)$/.test(last.lower)) return { type: null, cue: 'plural-group' };
  // A multi-word name the gazetteer knows as a sizeable town beats a given-name guess ("Abu Kamal").
  if (span.length > 1) {
    const town = ctx.gazetteer?.lookup(span.map((t) => t.text).join(' '));
    if (town && town.population >= MIN_CUELESS_POPULATION) return { type: 'LOCATION', cue: 'gazetteer' };
  }
  if (span.length > 1 && ctx.names.firstNames.has(span[0]!.lower)) return { type: 'PERSON', cue: 'first-name' };
  if (span.length === 1 && ctx.names.lastNames.has(last.lower)) return { type: 'PERSON', cue: 'last-name' };
  if (prev && ROLES.has(prev.lower) && !/[.;]/.test(tokens[a]!.gap)) return { type: 'PERSON', cue: 'role' };
  if (next && /^\s*,\s*$/.test(nextGap) && ROLES.has(next.lower)) return { type: 'PERSON', cue: 'role' };
  if (next && /^\s*,\s*$/.test(nextGap) && ['the', 'a'].includes(next.lower) && ROLES.has(tokens[b + 2]?.lower ?? '')) return { type: 'PERSON', cue: 'role' };
  if (span.length > 1 && ((prev && SPEECH.has(prev.lower)) || (next && SPEECH.has(next.lower)))) return { type: 'PERSON', cue: 'speech' };
  const prevWords = lowerBefore(tokens, a, 2);
  const prep = prevWords[prevWords.length - 1] === 'the' ? prevWords[prevWords.length - 2] : prevWords[prevWords.length - 1];
  if (prep && WEAK_PLACE_CUES.has(prep)) return { type: 'LOCATION', cue: 'weak-place' };
  const text = span.map((t) => t.text).join(' ');
  const g = span.length === 1 ? ctx.gazetteer?.lookupPrimary(text) : ctx.gazetteer?.lookup(text);
  if (g && g.population >= MIN_CUELESS_POPULATION) return { type: 'LOCATION', cue: 'gazetteer' };
  if (span.length >= 2 && span.length <= 4 && span.every((t) => !/\d/.test(t.text) && !NON_NAME_CAPITALS.has(t.lower) && !FUNCTION_WORDS.has(t.lower))) return { type: 'PERSON', cue: 'default' };
  return { type: null, cue: 'none' };
}

function nameCandidate(ctx: ExtractContext, sentence: Sentence, tokens: readonly Token[], a: number, b: number, title: string | null, titleCountry: string | null, headline: boolean): Candidate | null {
  const text = textOf(sentence, tokens, a, b);
  const common = { start: tokens[a]!.start, end: tokens[b]!.end, sentenceIndex: sentence.index, first: a, last: b, armed: false };
  const ak = arabicKey(text);
  const fuzzy = keyStrength(ak) >= 4 ? ctx.lexicon.byArabicKey.get(ak) : undefined;
  if (fuzzy && !title) return lexCandidate(ctx, sentence, tokens, a, b, fuzzy);
  if (headline) return { ...common, kind: 'pending', type: null, text, canonical: null, country: null, title: null, geo: null };
  const { type, cue } = typeByCues(ctx, tokens, a, b, title);
  if (!type) return b === a ? { ...common, kind: 'pending', type: null, text, canonical: null, country: null, title: null, geo: null, cue } : null;
  const geo = type === 'LOCATION' ? geoOf(ctx, text) : null;
  // Weak evidence: kept as a fallback type, but a match with a known entity wins in resolve.ts.
  const weak = cue === 'weak-place' || (cue === 'gazetteer' && a === b);
  return { ...common, kind: weak ? 'pending' : 'name', type, text, canonical: null, country: titleCountry, title, geo, cue };
}

/** Candidates of the capitalised span tokens[a..b]. */
export function classifySpan(ctx: ExtractContext, sentence: Sentence, tokens: readonly Token[], a0: number, b: number, headline: boolean): Candidate[] {
  const out: Candidate[] = [];
  let a = a0;
  // Leading function words ("The", "In", "WATCH") are not part of a name.
  // An organisation's name may open with a word that is no name by itself ("Joint Operations Command").
  const orgHeaded = b > a && ORG_HEADS.has(tokens[b]!.lower);
  while (a <= b && NON_NAME_CAPITALS.has(tokens[a]!.lower) && !(tokens[a]!.upper && a === b) && !TITLE_SEQS.some((s) => s[0] === tokens[a]!.lower) && (!orgHeaded || FUNCTION_WORDS.has(tokens[a]!.lower)) && !(a === a0 && matchLexicon(ctx, tokens, a))) a++;
  if (a > b) return out;
  const whole = matchLexicon(ctx, tokens, a);
  if (whole && whole.end === b + 1) return [lexCandidate(ctx, sentence, tokens, a, b, pickEntry(whole.entries))];
  const lastTok = tokens[b]!;
  if (ORG_HEADS.has(lastTok.lower) && b > a && !headline) {
    const lead = matchLexicon(ctx, tokens, a);
    const country = lead?.entries.find((e) => e.kind === 'demonym' || e.kind === 'country')?.country ?? null;
    const { at, title } = stripTitles(tokens, a, b);
    if (!title || at > b) return [{ kind: 'name', type: 'ORGANIZATION', text: textOf(sentence, tokens, a, b), start: tokens[a]!.start, end: tokens[b]!.end, sentenceIndex: sentence.index, first: a, last: b, canonical: null, country, title: null, geo: null, armed: /forces|army|brigades?|corps|front|guards?/i.test(lastTok.text) }];
  }
  let p = a;
  let restStart = -1;
  let lastDemonym: Candidate | null = null;
  const flushRest = (end: number) => {
    if (restStart < 0) return;
    let s = restStart;
    restStart = -1;
    while (s <= end && NON_NAME_CAPITALS.has(tokens[s]!.lower) && !TITLE_SEQS.some((q) => q[0] === tokens[s]!.lower)) s++;
    if (s > end) return;
    let e = end;
    while (e >= s && FUNCTION_WORDS.has(tokens[e]!.lower)) e--;
    const { at, title } = stripTitles(tokens, s, e);
    if (at > e) return;
    if (title && tokens.slice(at, e + 1).some((t) => FUNCTION_WORDS.has(t.lower))) return; // "Chief of the General Staff of the…" is an office
    const titleCountry = title && lastDemonym && lastDemonym.last === s - 1 ? lastDemonym.country : null;
    const c = nameCandidate(ctx, sentence, tokens, at, e, title, titleCountry, headline);
    if (c) out.push(c);
  };
  while (p <= b) {
    // After a name particle a lexicon word is the end of a name ("Abdul-Malik al-Houthi", "bin Salman").
    const particle = p > a && CONNECTORS.has(tokens[p - 1]!.lower) && !tokens[p - 1]!.cap && restStart >= 0;
    const lex = particle ? null : matchLexicon(ctx, tokens, p);
    if (lex && lex.end - 1 <= b) {
      flushRest(p - 1);
      const c = lexCandidate(ctx, sentence, tokens, p, lex.end - 1, pickEntry(lex.entries));
      out.push(c);
      if (c.kind === 'demonym') lastDemonym = c;
      p = lex.end;
      continue;
    }
    if (restStart < 0) restStart = p;
    p++;
  }
  flushRest(b);
  return out;
}
