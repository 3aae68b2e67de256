/** Word tokens with offsets into the original text; hyphenated words split, possessives flagged. */
import { foldName } from './text-keys';

export interface Token {
  readonly text: string;
  /** Folded, without apostrophes or spaces ("U.S." → "us", "Da’ash" → "daash"). */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter (or a digit-free acronym). */
  readonly cap: boolean;
  /** All letters upper case and at least two of them ("SDF", "U.S."). */
  readonly upper: boolean;
  /** Ended in ’s / 's, which is not part of `text`. */
  readonly poss: boolean;
  /** The characters between the previous token and this one. */
  readonly gap: string;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’ʼ`][\p{L}]+)*/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let prevEnd = 0;
  for (const m of slice.matchAll(WORD)) {
    let word = m[0];
    let poss = false;
    const possMatch = /['’ʼ]s$/u.exec(word);
    if (possMatch && word.length > 2) {
      word = word.slice(0, -2);
      poss = true;
    }
    const at = m.index ?? 0;
    const first = word[0] ?? '';
    const letters = word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: word,
      lower: foldName(word).replace(/ /g, ''),
      start: start + at,
      end: start + at + word.length,
      cap: first !== first.toLowerCase(),
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      poss,
      gap: slice.slice(prevEnd, at),
    });
    prevEnd = at + m[0].length;
  }
  return tokens;
}

/** True when only spaces (one hard-wrapped line break included) or one hyphen separate a token from the one before. */
export function isTight(token: Token): boolean {
  return /^[ \t]*(?:\r?\n[ \t]*)?$/.test(token.gap) || /^-$/.test(token.gap);
}
