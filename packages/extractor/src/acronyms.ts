/**
 * Acronyms defined in the text: "the Government of National Accord (GNA)", "Economic Community
 * of West African States (ECOWAS)". The long form before a parenthesised acronym is one name,
 * kept whole; the acronym stands for it. Matching follows Schwartz & Hearst (2003): the
 * acronym's letters are found right to left in the long form, its first letter opening a word.
 * Pure.
 */
import type { Token } from './tokens';

/** Small words a long form may hold between its capitalised words. */
const LINKS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', 'de', 'al', 'el']);
const ACRONYM = /^[A-Z][A-Za-z]*[A-Z]$/;

/**
 * Where the long form of `acronym` starts in `long` (a character index at a word start), or
 * -1 when the acronym is not made from it.
 */
export function longFormStart(acronym: string, long: string): number {
  const a = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  const l = long.toLowerCase();
  let li = l.length - 1;
  for (let ai = a.length - 1; ai >= 0; ai--) {
    const c = a[ai]!;
    while (li >= 0 && (l[li] !== c || (ai === 0 && li > 0 && /[a-z0-9]/.test(l[li - 1]!)))) li--;
    if (li < 0) return -1;
    li--;
  }
  return li + 1;
}

/** An acronym is made from a name (loose: letters in order, the first opening a word). */
export function abbreviates(acronym: string, name: string): boolean {
  return acronym.length >= 3 && ACRONYM.test(acronym) && longFormStart(acronym, name) === 0;
}

export interface AcronymDefinition {
  /** Token range of the long form. */
  readonly first: number;
  readonly last: number;
  /** Token index of the acronym. */
  readonly acronym: number;
}

/** The long form that opens at or after token i and is followed by "(ACRONYM)", if any. */
export function acronymDefinitionAt(tokens: readonly Token[], i: number): AcronymDefinition | null {
  if (!tokens[i]?.cap) return null;
  for (let k = i; k < tokens.length - 1 && k < i + 12; k++) {
    const next = tokens[k + 1]!;
    if (/^\s*\(\s*$/.test(next.gap)) {
      if (!ACRONYM.test(next.text) || next.text.length < 2 || !tokens[k]!.cap) return null;
      const words = tokens.slice(i, k + 1);
      const long = words.map((t) => t.text).join(' ');
      const at = longFormStart(next.text, long);
      if (at < 0) return null;
      // The word the acronym's first letter opens starts the name.
      let first = i;
      let offset = 0;
      while (first <= k && offset + tokens[first]!.text.length < at) offset += tokens[first++]!.text.length + 1;
      while (first < k && LINKS.has(tokens[first]!.lower)) first++;
      const capitals = tokens.slice(first, k + 1).filter((t) => t.cap).length;
      if (k - first < 1 || capitals < 2 || k - first + 1 > Math.min(next.text.length + 5, next.text.length * 2)) return null;
      return { first, last: k, acronym: k + 1 };
    }
    if (!/^[ \t]$|^-$|^[’']s? ?$/.test(next.gap) && !(tokens[k]!.poss && /^ $/.test(next.gap))) return null;
    if (!next.cap && !LINKS.has(next.lower)) return null;
  }
  return null;
}
