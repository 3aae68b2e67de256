/**
 * One sentence as the role rules see it: its tokens and its resolved mentions placed on token
 * ranges, with the word before each mention (prepositions decide whether a country acts or is
 * a place).
 */
import type { Sentence } from '../sentences';
import { tokenize, type Token } from '../tokens';
import type { ResolvedMention } from './event-input';
import { insideSpans, speechSpans } from './trigger-filters';

export interface PlacedMention {
  readonly mention: ResolvedMention;
  readonly first: number;
  readonly last: number;
  /** The folded word before the mention, skipping "the" ('' at sentence start). */
  readonly before: string;
}

export interface SentenceView {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly mentions: readonly PlacedMention[];
  /** Quoted speech, as offsets within the sentence. */
  readonly speech: readonly (readonly [number, number])[];
}

/** Whether an offset of the original text lies inside quoted speech of this sentence. */
export function inSpeech(view: SentenceView, offset: number): boolean {
  return view.speech.length > 0 && insideSpans(view.speech, offset - view.sentence.start);
}

/** `tokens`: the sentence's tokens when the caller has them already (tokenizing is the costly part). */
export function viewSentence(text: string, sentence: Sentence, mentions: readonly ResolvedMention[], tokens: readonly Token[] = tokenize(text, sentence.start, sentence.end)): SentenceView {
  const placed: PlacedMention[] = [];
  for (const mention of mentions) {
    const first = tokens.findIndex((t) => t.end > mention.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < mention.end) last++;
    let k = first - 1;
    while (k >= 0 && tokens[k]!.lower === 'the') k--;
    placed.push({ mention, first, last, before: k >= 0 ? tokens[k]!.lower : '' });
  }
  return { sentence, tokens, mentions: placed, speech: speechSpans(sentence.text) };
}

/** True when token i lies inside a mention. */
export function coveredBy(view: SentenceView): (i: number) => boolean {
  const covered = new Set<number>();
  for (const m of view.mentions) for (let i = m.first; i <= m.last; i++) covered.add(i);
  return (i) => covered.has(i);
}
