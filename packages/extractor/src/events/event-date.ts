/**
 * When an event happened, read from its sentence against the article's publication day:
 *  - explicit days ("On December 11", "6 December 2017") → 'explicit';
 *  - "yesterday", "today", "this evening", "two days ago", "on Monday" (the most recent such
 *    day on or before publication, as news uses it) → 'relative';
 *  - spans that are not one day ("last week", "in November 2017", "earlier this month") → vague:
 *    no day, and no day carried over from earlier sentences either.
 * Pure: the publication day is the only clock.
 */
import * as chrono from 'chrono-node';
import type { DateSource } from '@kg/model';

export type SentenceDate =
  | { readonly kind: 'day'; readonly date: string; readonly source: Extract<DateSource, 'explicit' | 'relative'> }
  | { readonly kind: 'vague' }
  | { readonly kind: 'same-day' }
  | { readonly kind: 'none' };

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$|,|\d)/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const SAME_DAY_WORDS = /\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|hours ago)\b/i;
const SAME_DAY_AS_BEFORE = /\b(?:on the same day|the same day|that day|later that day)\b/i;
const VAGUE = /\b(?:last|next|this|past|coming) (?:week|month|year|weekend)\b|\b(?:earlier|later) this (?:week|month|year)\b|\bin (?:the )?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b|\brecent(?:ly)?\b|\bin recent (?:days|weeks)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function parseIso(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, 12));
}

export function addDays(day: string, n: number): string {
  const d = parseIso(day);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The most recent `weekday` on or before `published` ("on Monday" in news is a past Monday). */
export function lastWeekday(published: string, weekday: string): string {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  const back = (parseIso(published).getUTCDay() - target + 7) % 7;
  return addDays(published, -back);
}

/** "31/02/2017" parses, but is no day. */
function realDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function dateOfSentence(sentence: string, rawPublished: string | null): SentenceDate {
  const published = rawPublished && /^\d{4}-\d{2}-\d{2}/.test(rawPublished) ? rawPublished.slice(0, 10) : null;
  const ref = published ? parseIso(published) : new Date(Date.UTC(2000, 0, 1, 12));
  // chrono is the slow part of the stage: only sentences with a month name or a digit can hold a named day.
  const candidates = MONTH.test(sentence) || /\d/.test(sentence) ? chrono.parse(sentence, ref, { forwardDate: false }) : [];
  for (const r of candidates) {
    const s = r.start;
    const named = (MONTH.test(r.text) || /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(r.text)) && !/\b(?:ago|after|before|later|earlier)\b/i.test(r.text);
    if (!named || !s.isCertain('day') || !s.isCertain('month')) continue;
    if (!published && !s.isCertain('year')) continue;
    let year = s.get('year')!;
    const day = iso(year, s.get('month')!, s.get('day')!);
    if (published && !s.isCertain('year') && day > addDays(published, 1)) year -= 1; // "December 11" in a January article
    if (!realDay(year, s.get('month')!, s.get('day')!)) continue;
    return { kind: 'day', date: iso(year, s.get('month')!, s.get('day')!), source: 'explicit' };
  }
  if (VAGUE.test(sentence)) return { kind: 'vague' };
  if (SAME_DAY_AS_BEFORE.test(sentence)) return { kind: 'same-day' };
  if (!published) return { kind: 'none' };
  if (/\bday before yesterday\b/i.test(sentence)) return { kind: 'day', date: addDays(published, -2), source: 'relative' };
  if (/\byesterday\b/i.test(sentence)) return { kind: 'day', date: addDays(published, -1), source: 'relative' };
  const ago = /\b(two|three|2|3) days ago\b/i.exec(sentence);
  if (ago) return { kind: 'day', date: addDays(published, -(/two|2/i.test(ago[1]!) ? 2 : 3)), source: 'relative' };
  if (SAME_DAY_WORDS.test(sentence)) return { kind: 'day', date: published, source: 'relative' };
  const weekday = WEEKDAY.exec(sentence);
  if (weekday) return { kind: 'day', date: lastWeekday(published, weekday[1]!), source: 'relative' };
  return { kind: 'none' };
}
