import { cleanText } from './clean';
import { splitSentences } from './sentences';

describe('cleaning', () => {
  const original = 'Troops left the city on Monday.\n\nWe Will Write a Custom Essay for only $13.90/page\n\nThe army said it was over.\n\nLeave a Reply\nPutin is great, says a commenter.';

  it('blanks boilerplate without moving any offset', () => {
    const cleaned = cleanText(original);
    expect(cleaned.text).toHaveLength(original.length);
    expect(cleaned.text).not.toMatch(/Custom Essay|Leave a Reply|commenter/);
    expect(cleaned.dropped.length).toBeGreaterThan(0);
    const at = original.indexOf('The army');
    expect(cleaned.text.slice(at, at + 8)).toBe('The army');
  });

  it('splits sentences whose text is the original at their offsets', () => {
    const cleaned = cleanText(original);
    const sentences = splitSentences(cleaned.text, original);
    expect(sentences.map((s) => s.text)).toEqual(['Troops left the city on Monday.', 'The army said it was over.']);
    for (const s of sentences) expect(original.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not loop on a headline line followed by a capitalised line', () => {
    const text = 'Russia Quits Syria Base\nIsraeli experts may meet in Moscow\nThe end.';
    const sentences = splitSentences(cleanText(text).text, text);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThan(10);
  });
});
