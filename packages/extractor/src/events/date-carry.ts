/**
 * The day a narrative is on: a sentence without a date of its own happened on the last day the
 * article named ("On December 11, Putin flew to Syria. … From Cairo, he went to Ankara"), for
 * as long as the story stays on it. A vague span ("last week") ends the carried day; a
 * background sentence (past perfect, "earlier", "previously", a year) steps out of the story
 * and gets no day, but the story takes its day back after it; a dateline does not start one
 * (it dates the article, not the happenings).
 */
import type { DateSource } from '@kg/model';
import type { Sentence } from '../sentences';
import { isDateLine } from '../article-meta';
import { dateOfSentence } from './event-date';

export interface DateCarry {
  readonly date: string | null;
  readonly source: DateSource;
  readonly paragraph: number;
}

export interface SentenceDay {
  readonly date: string | null;
  readonly source: DateSource;
  readonly how: 'sentence' | 'carried' | 'none';
  readonly carry: DateCarry;
}

/** A flashback: what had happened before the story's day ("had captured", "earlier", "in 2015"). */
const BACKGROUND = /\bhad (?:\w+ )?(?:been |\w+(?:ed|en|wn|ught|ung|ook|ade|ept|eft|ost|one|id)\b)|\b(?:earlier|previously|formerly|already|since)\b|\b(?:19|20)\d{2}\b|\bago\b/i;

export function carryDate(carry: DateCarry, sentence: Sentence, published: string | null): SentenceDay {
  const none: DateCarry = { date: null, source: 'unknown', paragraph: -1 };
  const found = dateOfSentence(sentence.text, published);
  if (found.kind === 'day') {
    const next = isDateLine(sentence.text) ? carry : { date: found.date, source: found.source, paragraph: sentence.paragraph };
    return { date: found.date, source: found.source, how: 'sentence', carry: next };
  }
  if (found.kind === 'vague') return { date: null, source: 'unknown', how: 'none', carry: none };
  const live = carry.date !== null && (found.kind === 'same-day' || !BACKGROUND.test(sentence.text));
  if (!live) return { date: null, source: 'unknown', how: 'none', carry };
  return { date: carry.date, source: 'relative', how: 'carried', carry };
}
