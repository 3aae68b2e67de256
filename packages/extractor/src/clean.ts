/**
 * Cleaning: blanks out what is not article content (advertising, comment boxes, credits,
 * footers) by replacing it with spaces. The cleaned text has the same length as the original,
 * so every offset found in it is an offset into the original text, with no map to keep.
 */
import { BOILERPLATE_RULES, type BoilerplateRule } from './lexicons/boilerplate';

export interface DroppedRange {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

export interface CleanText {
  /** Same length as the original; dropped characters are spaces (newlines kept). */
  readonly text: string;
  readonly dropped: readonly DroppedRange[];
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

/** The end of the paragraph holding line `index` (the next blank line). */
function paragraphEnd(lines: readonly Line[], index: number): number {
  let i = index;
  while (i + 1 < lines.length && lines[i + 1]!.text.trim() !== '') i++;
  return lines[i]!.end;
}

function rangeFor(rule: BoilerplateRule, line: Line, lines: readonly Line[], index: number, textLength: number): DroppedRange | null {
  const m = rule.pattern.exec(line.text);
  if (!m) return null;
  const at = line.start + (m.index ?? 0);
  switch (rule.scope) {
    case 'line': return { start: line.start, end: line.end, kind: rule.kind };
    case 'from-match': return { start: at, end: line.end, kind: rule.kind };
    case 'prefix': return { start: at, end: at + m[0].length, kind: rule.kind };
    case 'to-end': return { start: line.start, end: textLength, kind: rule.kind };
    case 'paragraph': return { start: line.start, end: paragraphEnd(lines, index), kind: rule.kind };
  }
}

export function cleanText(original: string, rules: readonly BoilerplateRule[] = BOILERPLATE_RULES): CleanText {
  const lines = splitLines(original);
  const dropped: DroppedRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text.trim()) continue;
    for (const rule of rules) {
      const range = rangeFor(rule, line, lines, i, original.length);
      if (range) dropped.push(range);
    }
  }
  if (dropped.length === 0) return { text: original, dropped };
  dropped.sort((a, b) => a.start - b.start);
  const chars = original.split('');
  // Ranges overlap (every repeated footer blanks to the end of the text): blank each character
  // once, sweeping from where the last range ended, so this stays linear in the text.
  let blankedTo = 0;
  for (const r of dropped) {
    for (let i = Math.max(r.start, blankedTo); i < r.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
    blankedTo = Math.max(blankedTo, r.end);
  }
  return { text: chars.join(''), dropped };
}
