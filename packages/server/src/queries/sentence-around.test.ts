import { sentenceAround } from './sentence-around';

describe('sentenceAround', () => {
  const text = 'Putin visited Syria. He spoke at Hmeimim air base on Monday!\nReaders comment below.';

  it('returns the whole sentence that holds the span, with its offsets', () => {
    const start = text.indexOf('Hmeimim');
    const found = sentenceAround(text, start, start + 7);
    expect(found.sentence).toBe('He spoke at Hmeimim air base on Monday!');
    expect(text.slice(found.start, found.end)).toBe(found.sentence);
  });

  it('stops at line breaks and clamps offsets outside the text', () => {
    expect(sentenceAround(text, text.indexOf('Readers'), text.length + 50).sentence).toBe('Readers comment below.');
    expect(sentenceAround(text, -5, 3).sentence).toBe('Putin visited Syria.');
  });
});
