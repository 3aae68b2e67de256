/**
 * When two surface forms name the same thing: person forms (surname by position, given-name
 * variants), acronyms by initials, organisations less their state, transliteration keys.
 * Pure predicates over names; resolve-entities.ts decides which clusters to try them on.
 */
import type { ExtractContext } from './context';
import { arabicKey, keyStrength, nameWords } from './text-keys';

const words = (name: string) => nameWords(name);

/**
 * Two forms of one person: a one-word form is the other's LAST word (never its first, so
 * "al-Hassan" stays apart from "Hassan Rouhani"); two full names share the surname and have
 * first names that are spelling variants ("Yahya"/"Yahiya Rasool").
 */
export function surnameMatch(form: string, full: string): boolean {
  let f = words(form);
  let g = words(full);
  if (g.length < f.length) [f, g] = [g, f];
  if (f.length === 0) return false;
  if (f.length === 1) {
    if (g.length === 1) return f[0] === g[0];
    return f[0] === g[g.length - 1] || (f[0]!.length >= 5 && arabicKey(f[0]!) === arabicKey(g[g.length - 1]!));
  }
  // Two full names: same surname and first names that are spelling variants ("Yahya"/"Yahiya").
  const sameLast = arabicKey(f[f.length - 1]!) === arabicKey(g[g.length - 1]!) && keyStrength(arabicKey(f[f.length - 1]!)) >= 2;
  const firstOk = arabicKey(f[0]!) === arabicKey(g[0]!) || g.slice(0, -1).some((w) => w === f[0]) || f.slice(0, -1).some((w) => w === g[0]);
  return sameLast && firstOk;
}

/** A one-word form with a title ("General Suhel") may be a given name: joined when one person has it. */
export function firstNameMatch(form: string, full: string): boolean {
  const f = words(form);
  const g = words(full);
  return f.length === 1 && g.length >= 2 && f[0]!.length >= 4 && arabicKey(f[0]!) === arabicKey(g[0]!) && keyStrength(arabicKey(f[0]!)) >= 3;
}

const MINOR = new Set(['of', 'for', 'the', 'and', 'al', 'el', 'de', 'on', 'in']);

/** Initials of a multi-word name, minor words skipped ("Syrian Observatory for Human Rights" → "SOHR"). */
export function initials(name: string): string {
  const w = name.split(/[\s-]+/).filter((x) => x && !MINOR.has(x.toLowerCase()));
  return w.length >= 2 ? w.map((x) => x[0]!.toUpperCase()).join('') : '';
}

/** An organisation's words without a leading demonym, and the state that demonym names. */
export function orgCore(ctx: ExtractContext, name: string): { core: readonly string[]; country: string | null } {
  const w = words(name);
  const demonym = ctx.lexicon.phrases.get(w[0] ?? '')?.find((e) => e.kind === 'demonym' || e.kind === 'country');
  return demonym ? { core: w.slice(1), country: demonym.country ?? null } : { core: w, country: null };
}

/** A transliteration key is safe to join on with 4 consonants, or 3 in a long name ("Mayadin"/"Mayadeen"). */
export function fuzzyKeyOk(ak: string, text: string): boolean {
  const n = keyStrength(ak);
  return n >= 4 || (n === 3 && words(text).join('').length >= 7);
}
