/**
 * Triggers that do not state a happening: future or hypothetical verbs ("will soon be
 * liberated"), participles describing a noun ("troops deployed in Syria"), and headlines.
 * Plus the one re-typing rule: a statement whose content is a negation is a rejection (12).
 */
import { MODALS, NEGATIONS } from '../lexicons/cameo-verbs';
import type { Token } from '../tokens';
import type { Trigger } from './find-triggers';
import { ADVERB, BE_FORMS } from './role-words';

const VERB_GROUP_FILLERS = new Set([...BE_FORMS, 'have', 'has', 'had', 'soon', 'also', 'now', 'still', 'then', 'not', 'never', 'yet', 'again']);
/** Words before an event noun that make it hypothetical ("any attack", "a possible withdrawal"). */
const HYPOTHETICAL = new Set(['any', 'possible', 'potential', 'future', 'planned', 'proposed', 'eventual', 'further']);
const CLAUSE_BREAK = /[,;:()"“”«»]/;

/**
 * "will be liberated", "could withdraw": a modal opens the trigger's verb group; for a noun,
 * a modal shortly before it in the same clause ("would now focus on talks").
 */
export function isIrrealis(tokens: readonly Token[], t: Trigger): boolean {
  if (t.pos !== 'verb') {
    if (HYPOTHETICAL.has(tokens[t.first - 1]?.lower ?? '')) return true;
    for (let k = t.first - 1; k >= 0 && k >= t.first - 4; k--) {
      if (MODALS.has(tokens[k]!.lower)) return true;
      if (CLAUSE_BREAK.test(tokens[k]!.gap)) return false;
    }
    return false;
  }
  for (let k = t.first - 1; k >= 0 && k >= t.first - 5; k--) {
    const w = tokens[k]!.lower;
    if (MODALS.has(w)) return true;
    if (!VERB_GROUP_FILLERS.has(w) && !ADVERB.test(w)) return false;
    if (CLAUSE_BREAK.test(tokens[k]!.gap)) return false;
  }
  return false;
}

/** "troops deployed in Syria": a past participle right after a plural noun, with no auxiliary. */
export function isReducedRelative(tokens: readonly Token[], t: Trigger): boolean {
  if (t.pos !== 'verb' || !/(ed|en|wn)$/.test(t.text.split(' ')[0]!.toLowerCase())) return false;
  const prev = tokens[t.first - 1];
  if (!prev || CLAUSE_BREAK.test(tokens[t.first]!.gap)) return false;
  return /^[a-z]+s$/.test(prev.text) && !BE_FORMS.has(prev.lower) && !['has', 'was', 'is', 'its', 'this', 'thus', 'as'].includes(prev.lower);
}

/** Headlines and captions: short, with no final punctuation; their news is told again in the body. */
export function isHeadline(sentence: string): boolean {
  return !/[.!?…:;"”»’')\]]\s*$/.test(sentence) && sentence.split(/\s+/).length <= 20;
}

/** Quotation marks around a name or a phrase ("the “Syrian Democratic Forces”") are not speech. */
const SPEECH_MIN_CHARS = 40;

/**
 * The stretches of a sentence that are quoted speech (offsets within the sentence): quoted words
 * are what someone said, not what the article states as fact (GUIDELINES: reported speech is
 * the speaker's statement). A quotation left open at the sentence end counts as speech.
 */
export function speechSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (c === '“' || c === '«') {
      if (open < 0) open = i;
    } else if ((c === '”' || c === '»') && open >= 0) {
      if (i - open >= SPEECH_MIN_CHARS) spans.push([open, i]);
      open = -1;
    } else if (c === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        if (i - straightOpen >= SPEECH_MIN_CHARS) spans.push([straightOpen, i]);
        straightOpen = -1;
      }
    }
  }
  if (open >= 0) spans.push([open, sentence.length]);
  if (straightOpen >= 0) spans.push([straightOpen, sentence.length]);
  return spans;
}

export function insideSpans(spans: readonly (readonly [number, number])[], at: number): boolean {
  return spans.some(([a, b]) => a < at && at < b);
}

/** Whether a sentence offset lies inside quoted speech (see speechSpans). */
export function insideQuote(sentence: string, at: number): boolean {
  return insideSpans(speechSpans(sentence), at);
}

/** 'said that "there is absolutely no agreement…"': a statement whose content denies. */
export function reportsDenial(tokens: readonly Token[], t: Trigger): boolean {
  if (t.code !== '01' || t.pos !== 'verb') return false;
  for (let k = t.last + 1; k < tokens.length && k <= t.last + 8; k++) {
    if (NEGATIONS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'failed') return true;
    if (/[.;]/.test(tokens[k]!.gap)) return false;
  }
  return false;
}
