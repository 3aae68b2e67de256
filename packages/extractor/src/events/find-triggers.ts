/**
 * Finds event triggers in one sentence's tokens: the longest table phrase at each word, skipping
 * words inside entity mentions ("Islamic State", "Joint Statement") and bare verb forms used as
 * nouns ("the control"). Negated triggers are reported, not dropped, so the caller decides.
 */
import type { Token } from '../tokens';
import { DETERMINERS } from '../lexicons/cameo-verbs';
import { OBJECT_PREPOSITIONS } from './role-words';
import { isNegated } from './negation';
import type { TriggerEntry, TriggerIndex } from './trigger-index';

export interface Trigger extends TriggerEntry {
  /** Token range [first, last] within the sentence. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly negated: boolean;
}

/** `covered(i)` says whether token i lies inside an entity mention. */
export function findTriggers(text: string, tokens: readonly Token[], index: TriggerIndex, covered: (i: number) => boolean): Trigger[] {
  const found: Trigger[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A word hyphen-glued to a name before it is half of a modifier ("UN-recognised
    // government", "Saudi-led coalition"), not a happening.
    const glued = i > 0 && tokens[i]!.gap === '-' && tokens[i - 1]!.cap;
    if (glued || !index.firstWords.has(tokens[i]!.lower)) {
      i++;
      continue;
    }
    let best: { entry: TriggerEntry; last: number } | null = null;
    let key = '';
    for (let n = 1; n <= index.maxWords && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1]!;
      if (covered(i + n - 1)) break;
      if (n > 1 && /[^\s-]/.test(t.gap)) break; // punctuation between the words
      key = n === 1 ? t.lower : `${key} ${t.lower}`;
      const entry = index.phrases.get(key);
      if (entry) best = { entry, last: i + n - 1 };
    }
    if (best && !(best.entry.pos === 'verb' && !best.entry.alsoNoun && best.last === i && i > 0 && DETERMINERS.has(tokens[i - 1]!.lower) && tokens[i]!.lower === best.entry.lemma)) {
      const first = tokens[i]!;
      const last = tokens[best.last]!;
      const prev = tokens[i - 1];
      const nounContext = !!prev && (DETERMINERS.has(prev.lower) || OBJECT_PREPOSITIONS.has(prev.lower) || prev.poss || covered(i - 1));
      const pos = best.entry.alsoNoun ? (nounContext ? 'noun' : 'verb') : best.entry.pos;
      found.push({ ...best.entry, pos, first: i, last: best.last, start: first.start, end: last.end, text: text.slice(first.start, last.end), negated: isNegated(tokens, i) });
      i = best.last + 1;
      continue;
    }
    i++;
  }
  return found;
}
