/**
 * Turns what a person typed into a Lucene query for the full-text index: every word as an
 * exact term (boosted), a prefix and a fuzzy term, so "hmeimim", "khmeimim" and "erdogan"
 * find Hmeimim and Erdoğan. Words are folded and stripped of Lucene syntax, so no input can
 * change the query's structure.
 */
const MAX_WORDS = 8;

export function toSearchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS);
}

function fuzzyDistance(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 5 ? 1 : 2;
}

export function toLuceneQuery(text: string): string | undefined {
  const words = toSearchWords(text);
  if (words.length === 0) return undefined;
  const clauses = words.map((word) => {
    const parts = [`${word}^4`, `${word}*^2`];
    const distance = fuzzyDistance(word);
    if (distance > 0) parts.push(`${word}~${distance}`);
    return `(${parts.join(' OR ')})`;
  });
  return clauses.join(' OR ');
}
