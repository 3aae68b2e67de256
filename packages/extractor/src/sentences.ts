/**
 * Sentence splitting over cleaned text. Paragraphs end at blank lines; a single line break ends
 * a sentence only after terminal punctuation or after a line with no punctuation at all (a
 * headline); otherwise it is a wrapped line. Offsets index the original text.
 */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Verbatim slice of the original text. */
  readonly text: string;
  readonly paragraph: number;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'brig', 'col', 'lt', 'maj', 'sgt', 'capt', 'adm', 'st', 'no', 'vs', 'gov', 'sen', 'rep', 'prof',
  'inc', 'ltd', 'co', 'jr', 'sr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'approx', 'est', 'mt', 'ft',
]);

const TERMINAL = /[.!?…]/;
const CLOSERS = /["”’»)\]]/;

function endsSentence(text: string, at: number): boolean {
  // `at` is the index of a terminal character; look at the word before it.
  if (text[at] === '.') {
    let i = at - 1;
    while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
    const word = text.slice(i + 1, at).toLowerCase();
    if (ABBREVIATIONS.has(word)) return false;
    if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[at - 1]!)) return false; // an initial, "J. Smith"
  }
  return true;
}

/** Sentence spans [start, end) of one paragraph. */
function splitParagraph(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  let start = from;
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    let boundary = -1;
    if (TERMINAL.test(ch) && endsSentence(text, i)) {
      let j = i + 1;
      while (j < to && (TERMINAL.test(text[j]!) || CLOSERS.test(text[j]!))) j++;
      let k = j;
      while (k < to && /\s/.test(text[k]!)) k++;
      if (k >= to) boundary = j;
      else if (k > j && (/[\p{Lu}\p{N}"“«‘'(\-–]/u.test(text[k]!) || text.slice(j, k).includes('\n'))) boundary = j;
    } else if (ch === '\n') {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const line = text.slice(Math.max(lineStart, from), i).trim();
      // A short title-case line without final punctuation is a headline of its own.
      if (line && !/[.,;:!?"“”'’«»(]$/.test(line) && line.length < 120 && isHeadline(line)) {
        let k = i + 1;
        while (k < to && /\s/.test(text[k]!)) k++;
        if (k < to && /[\p{Lu}"“«]/u.test(text[k]!)) boundary = i;
      }
    }
    if (boundary > 0) {
      spans.push([start, boundary]);
      start = boundary;
      i = Math.max(boundary, i + 1); // a line-break boundary sits on the break itself
      continue;
    }
    i++;
  }
  if (start < to) spans.push([start, to]);
  return spans;
}

/** Short lines whose words are mostly capitalised, or that stand alone, read as headlines. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => w.length > 3);
  const caps = words.filter((w) => /^[\p{Lu}«"“]/u.test(w)).length;
  return words.length > 0 && caps / words.length >= 0.5;
}

export function splitSentences(cleanText: string, original: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = [...cleanText.matchAll(/[^\n]*\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*/g)];
  let paragraph = 0;
  for (const p of paragraphs) {
    const from = p.index ?? 0;
    const to = from + p[0].length;
    for (const [s, e] of splitParagraph(cleanText, from, to)) {
      let a = s;
      let b = e;
      while (a < b && /\s/.test(cleanText[a]!)) a++;
      while (b > a && /\s/.test(cleanText[b - 1]!)) b--;
      if (b - a < 2) continue;
      sentences.push({ index: sentences.length, start: a, end: b, text: original.slice(a, b), paragraph });
    }
    paragraph++;
  }
  return sentences;
}
