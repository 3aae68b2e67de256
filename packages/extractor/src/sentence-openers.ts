/**
 * Which capitals are only there because a sentence starts. English capitalises the first word
 * of a sentence, a quotation, a line (captions, bullets); such a word names something only when
 * a lexicon knows it, a name list knows it, it is no common English word, or the same article
 * writes it capitalised in the middle of a sentence (a second mention). Pure.
 */
import type { Token } from './tokens';

/** A token opens a sentence, a quotation or a line. */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /[\n“"‘(]|[.:!?;]\s/.test(tokens[i]!.gap);
}

/**
 * Lower-case forms of the words an article capitalises inside its sentences (not at an
 * opening, not in title-case lines where every word is capitalised).
 */
export function midSentenceCapitals(sentences: readonly (readonly Token[])[], isTitleLine: (tokens: readonly Token[]) => boolean): Set<string> {
  const out = new Set<string>();
  for (const tokens of sentences) {
    if (isTitleLine(tokens)) continue;
    tokens.forEach((t, i) => {
      if (t.cap && !t.upper && !opensSentence(tokens, i)) out.add(t.lower);
    });
  }
  return out;
}

export interface OpenerKnowledge {
  readonly commonWords: ReadonlySet<string>;
  readonly midCapitals: ReadonlySet<string>;
  readonly personNames: (lower: string) => boolean;
}

/** A capitalised word that is capital only because it opens a sentence. */
export function isCapitalisedOpener(tokens: readonly Token[], i: number, know: OpenerKnowledge): boolean {
  const t = tokens[i]!;
  if (!t.cap || t.upper || !opensSentence(tokens, i)) return false;
  return know.commonWords.has(t.lower) && !know.midCapitals.has(t.lower) && !know.personNames(t.lower);
}
