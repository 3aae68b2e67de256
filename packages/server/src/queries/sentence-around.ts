/**
 * The sentence of an article that holds a character span: the provenance shown for an
 * entity mention (MENTIONED_IN stores offsets, not sentences). Pure; sentence ends are
 * . ! ? or a line break, which is what the articles' plain text gives.
 */
const MAX_SENTENCE = 600;

function isBoundary(text: string, index: number): boolean {
  const ch = text[index];
  if (ch === '\n') return true;
  return (ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[index + 1] ?? ' ');
}

export function sentenceAround(text: string, start: number, end: number): { sentence: string; start: number; end: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let left = from;
  while (left > 0 && !isBoundary(text, left - 1) && from - left < MAX_SENTENCE) left -= 1;
  let right = to;
  while (right < text.length && !isBoundary(text, right) && right - to < MAX_SENTENCE) right += 1;
  if (right < text.length && text[right] !== '\n') right += 1; // keep the full stop
  const raw = text.slice(left, right);
  const leading = raw.length - raw.trimStart().length;
  const sentence = raw.trim();
  return { sentence, start: left + leading, end: left + leading + sentence.length };
}
