/**
 * Title and publication date of an article, read from its text: YAML front matter, a
 * dateline near the top ("Thursday, November 23, 2017", "December 12, 2017 –", "23 Nov, 2017"),
 * a stamp line in another shape ("Updated 9:41 AM EST, Tue March 29, 2022", "By Jane Doe |
 * Published 6 November 2017"), or a photo caption under the title that dates its picture
 * ("KABUL, AFGHANISTAN - MAY 03: Smoke rises …", "… are seen in Kabul on May 3, 2021.").
 */
import * as chrono from 'chrono-node';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

/** Dateline patterns, tried on each of the first lines; a line that is mostly the date. */
const DATELINES: readonly { re: RegExp; order: 'mdy' | 'dmy' | 'ymd' }[] = [
  { re: new RegExp(`^\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${MONTH}\\.?\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), order: 'mdy' },
  { re: new RegExp(`^\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${DAY}\\s+${MONTH}\\.?,?\\s+${YEAR}\\b`, 'i'), order: 'dmy' },
  { re: /^\s*((?:19|20)\d{2})-(\d{2})-(\d{2})\b/, order: 'ymd' },
];

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isoDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** The dateline date of one line, or null. */
export function parseDateline(line: string): string | null {
  for (const { re, order } of DATELINES) {
    const m = re.exec(line);
    if (!m) continue;
    if (order === 'mdy') return isoDay(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
    if (order === 'dmy') return isoDay(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
    return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

export interface FrontMatter {
  readonly title?: string;
  readonly published?: string;
  /** Length of the front matter block, so the body can be read after it. */
  readonly length: number;
}

/** A leading `---` YAML block with `title:` and `date:`/`published:` keys (flat keys only). */
export function readFrontMatter(text: string): FrontMatter | null {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return null;
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.replace(/^["']|["']$/g, '').trim();
  }
  const dateText = fields['published'] ?? fields['date'];
  const published = dateText ? (parseDateline(dateText) ?? (/^\d{4}-\d{2}-\d{2}/.exec(dateText)?.[0] ?? undefined)) : undefined;
  return { title: fields['title'], published, length: m[0].length };
}

/** The first non-empty line that is not a date or front matter. */
export function readTitle(text: string): string {
  const fm = readFrontMatter(text);
  if (fm?.title) return fm.title;
  const body = fm ? text.slice(fm.length) : text;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (!line || parseDateline(line)) continue;
    return line.length > 200 ? `${line.slice(0, 197)}…` : line;
  }
  return '';
}

const DATE_WORDS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)|on|at|by|gmt|utc|am|pm|updated|published|posted|last|first|modified|created)$/i;

/** A dateline, stamp or byline ("By Jane Doe | Published Monday, 6 November 2017"): hardly a lower-case word. */
export function isDateLine(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.filter((w) => !DATE_WORDS.test(w) && /^\p{Ll}/u.test(w)).length < 3;
}

/**
 * A photo caption: picture words, a wire's picture credit, present-tense "is/are …ed" (news
 * tells the past in the past tense), or an agency's "CITY, COUNTRY - MONTH DD:" opening.
 */
const CAPTION = /\b(?:photo(?:graph)?|picture[sd]?|image|pictured|shows?|seen|taken|file)\b|\b(?:is|are) (?:\w+ )?\w+ed\b|^[\p{Lu} .,'’-]+ [-–—] \p{Lu}+ \d{1,2}:/u;

/** How many non-empty lines under the title may hold a stamp or a caption. */
const HEAD_LINES = 12;

/** A whole day (day, month and year all written) in a line, or null. */
function fullDayIn(line: string): string | null {
  for (const r of chrono.parse(line, new Date(Date.UTC(2000, 0, 1, 12)))) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month') || !s.isCertain('year')) continue;
    const day = isoDay(s.get('year')!, s.get('month')!, s.get('day')!);
    if (day) return day;
  }
  return null;
}

/** Publication date: front matter, a dateline, a stamp line, a photo caption near the top; else null. */
export function readPublished(text: string): string | null {
  const fm = readFrontMatter(text);
  if (fm?.published) return fm.published;
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  for (const line of lines.slice(0, 6)) {
    const date = parseDateline(line);
    if (date) return date;
  }
  const head = lines.slice(0, HEAD_LINES).filter((l) => /\d/.test(l));
  for (const line of head) if (isDateLine(line)) {
    const date = fullDayIn(line);
    if (date) return date;
  }
  for (const line of head) if (CAPTION.test(line)) {
    const date = fullDayIn(line);
    if (date) return date;
  }
  return null;
}
