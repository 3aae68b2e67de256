/**
 * The general-knowledge lexicons compiled into one phrase index: token sequences (folded) →
 * entries. Built once per process and shared by every ExtractContext.
 */
import type { EntityType } from '@kg/model';
import { COUNTRIES, type CountryRow } from './lexicons/countries';
import { ORGANIZATIONS } from './lexicons/organizations';
import { PLACES } from './lexicons/places';
import { arabicKey, keyStrength } from './text-keys';
import { tokenize } from './tokens';

export type LexKind = 'country' | 'capital' | 'seat' | 'demonym' | 'org' | 'place';

export interface LexEntry {
  readonly kind: LexKind;
  /** The entity this entry denotes (for a demonym or a capital: its country). */
  readonly canonical: string;
  readonly type: EntityType;
  /** ISO code of the country involved, if any. */
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly armed?: boolean;
  /** Short all-caps forms ("IS", "US") must match in upper case. */
  readonly upperOnly: boolean;
  readonly length: number;
}

export interface LexiconIndex {
  readonly phrases: ReadonlyMap<string, readonly LexEntry[]>;
  readonly maxLength: number;
  /** arabicKey → entry, for organisations and places (transliteration variants). */
  readonly byArabicKey: ReadonlyMap<string, LexEntry>;
  readonly countries: ReadonlyMap<string, CountryRow>;
  /** Country code → its first demonym ("RU" → "Russian"). */
  readonly demonymOf: ReadonlyMap<string, string>;
}

function phraseKey(text: string): { key: string; length: number; upper: boolean } {
  const tokens = tokenize(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  return { key: tokens.map((t) => t.lower).join(' '), length: tokens.length, upper: letters.length <= 4 && letters === letters.toUpperCase() };
}

export function buildLexiconIndex(): LexiconIndex {
  const phrases = new Map<string, LexEntry[]>();
  const byArabicKey = new Map<string, LexEntry>();
  let maxLength = 1;
  const add = (text: string, e: Omit<LexEntry, 'upperOnly' | 'length'>) => {
    const { key, length, upper } = phraseKey(text);
    if (!key) return;
    const entry: LexEntry = { ...e, upperOnly: upper, length };
    const list = phrases.get(key) ?? [];
    if (!list.some((x) => x.kind === entry.kind && x.canonical === entry.canonical)) list.push(entry);
    phrases.set(key, list);
    maxLength = Math.max(maxLength, length);
    if ((e.kind === 'org' || e.kind === 'place') && !upper) {
      const ak = arabicKey(text);
      if (keyStrength(ak) >= 4 && !byArabicKey.has(ak)) byArabicKey.set(ak, entry);
    }
  };
  const countries = new Map<string, CountryRow>();
  const demonymOf = new Map<string, string>();
  for (const c of COUNTRIES) {
    countries.set(c.code, c);
    const base = { canonical: c.name, country: c.code, lat: c.lat, lon: c.lon };
    for (const n of c.names) add(n, { ...base, kind: 'country', type: 'COUNTRY' });
    for (const d of c.demonyms) add(d, { ...base, kind: 'demonym', type: 'COUNTRY' });
    for (const cap of c.capitals) add(cap, { ...base, kind: 'capital', type: 'COUNTRY' });
    for (const s of c.seats) add(s, { ...base, kind: 'seat', type: 'COUNTRY' });
    if (c.demonyms[0]) demonymOf.set(c.code, c.demonyms[0]);
  }
  for (const o of ORGANIZATIONS) {
    for (const n of [o.name, ...o.aliases]) add(n, { kind: 'org', canonical: o.name, type: 'ORGANIZATION', country: o.country, armed: o.armed });
  }
  for (const p of PLACES) {
    for (const n of [p.name, ...p.aliases]) add(n, { kind: 'place', canonical: p.name, type: 'LOCATION', lat: p.lat, lon: p.lon });
  }
  return { phrases, maxLength, byArabicKey, countries, demonymOf };
}

let shared: LexiconIndex | null = null;

export function sharedLexiconIndex(): LexiconIndex {
  shared ??= buildLexiconIndex();
  return shared;
}
