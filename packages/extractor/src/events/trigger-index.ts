/**
 * The trigger table (lexicons/cameo-verbs.ts) as a lookup from folded word sequences to the
 * CAMEO row, with the regular inflections of every verb generated once.
 */
import type { CameoCode } from '@kg/model';
import { CAMEO_TRIGGERS } from '../lexicons/cameo-verbs';

export type TriggerPos = 'verb' | 'noun';

export interface TriggerEntry {
  readonly code: CameoCode;
  readonly lemma: string;
  readonly pos: TriggerPos;
  readonly weight: number;
  /** The same form is also listed as a noun ("talks", "attack"): context decides. */
  readonly alsoNoun?: boolean;
}

export interface TriggerIndex {
  /** Key: folded words joined by single spaces ("pull out", "air strikes"). */
  readonly phrases: ReadonlyMap<string, TriggerEntry>;
  readonly maxWords: number;
  /** First words of every phrase: most words start none, and are passed over at once. */
  readonly firstWords: ReadonlySet<string>;
}

/** Regular inflections of one verb: says/said style irregulars come from the table's `forms`. */
export function inflect(verb: string): string[] {
  const out = new Set([verb]);
  if (/(s|x|z|ch|sh)$/.test(verb)) out.add(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) out.add(`${verb.slice(0, -1)}ies`);
  else out.add(`${verb}s`);
  let stem = verb;
  if (verb.endsWith('e')) stem = verb.slice(0, -1);
  else if (/[^aeiou]y$/.test(verb)) stem = `${verb.slice(0, -1)}i`;
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) stem = verb + verb.slice(-1); // "ship" → "shipp"; one-syllable CVC only
  out.add(`${stem}ed`);
  const ingStem = verb.endsWith('ie') ? `${verb.slice(0, -2)}y` : verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : /[^aeiou]y$/.test(verb) ? verb : stem.endsWith('i') ? verb : stem;
  out.add(`${ingStem}ing`);
  return [...out];
}

/** Inflects the first word of a multi-word verb ("pull out" → "pulled out"). */
function inflectPhrase(verb: string): string[] {
  const [head, ...rest] = verb.split(' ');
  return inflect(head!).map((form) => [form, ...rest].join(' '));
}

export function buildTriggerIndex(): TriggerIndex {
  const phrases = new Map<string, TriggerEntry>();
  const add = (key: string, entry: TriggerEntry) => {
    const k = key.toLowerCase().replace(/-/g, ' ');
    if (!phrases.has(k)) phrases.set(k, entry);
  };
  for (const row of CAMEO_TRIGGERS) {
    for (const verb of row.verbs) for (const form of inflectPhrase(verb)) add(form, { code: row.code, lemma: verb, pos: 'verb', weight: row.weight });
    for (const form of row.forms ?? []) add(form, { code: row.code, lemma: form, pos: 'verb', weight: row.weight });
  }
  // Nouns win over a verb form of another row only where the verb form was not listed first.
  for (const row of CAMEO_TRIGGERS) {
    for (const noun of row.nouns) {
      const k = noun.toLowerCase().replace(/-/g, ' ');
      const verb = phrases.get(k);
      if (verb) phrases.set(k, { ...verb, alsoNoun: true });
      else add(noun, { code: row.code, lemma: noun, pos: 'noun', weight: row.weight });
    }
  }
  let maxWords = 1;
  for (const key of phrases.keys()) maxWords = Math.max(maxWords, key.split(' ').length);
  const firstWords = new Set([...phrases.keys()].map((k) => k.split(' ')[0]!));
  return { phrases, maxWords, firstWords };
}

let shared: TriggerIndex | null = null;
export function sharedTriggerIndex(): TriggerIndex {
  shared ??= buildTriggerIndex();
  return shared;
}
