import { tagText, type TaggedText } from './tag-text';

const word = (t: TaggedText, text: string) => {
  const w = t.words.find((x) => x.text === text);
  if (!w) throw new Error(`no word ${text} in ${t.words.map((x) => x.text).join(' ')}`);
  return w;
};
const chunkText = (t: TaggedText, i: number) => t.words.slice(t.chunks[i]!.first, t.chunks[i]!.last + 1).map((w) => w.text).join(' ');

describe('tagText', () => {
  it('gives verbs their infinitive and nouns their singular, irregular forms included', () => {
    const t = tagText('The rebels retook the bridge and shot down two helicopters.');
    expect(word(t, 'retook')).toMatchObject({ word: 'verb', lemma: 'retake' });
    expect(word(t, 'shot')).toMatchObject({ word: 'verb', lemma: 'shoot' });
    expect(word(t, 'helicopters')).toMatchObject({ word: 'noun', lemma: 'helicopter' });
    expect(word(t, 'rebels').lemma).toBe('rebel');
  });

  it('tells a passive auxiliary from the main verb', () => {
    const t = tagText('Three villagers were wounded by gunmen near the dam.');
    expect(word(t, 'were').word).toBe('auxiliary');
    expect(word(t, 'wounded').word).toBe('verb');
    expect(word(t, 'wounded').tags.has('Passive')).toBe(true);
    expect(word(t, 'by').word).toBe('preposition');
  });

  it('tells the noun "strikes" from the verb "strikes" by context', () => {
    expect(word(tagText('The strikes hit a depot.'), 'strikes').word).toBe('noun');
    expect(word(tagText('The navy strikes a depot.'), 'strikes').word).toBe('verb');
  });

  it('offsets index the caller text, not the slice', () => {
    const text = 'Intro. The mayor resigned.';
    const t = tagText(text, 7);
    const mayor = word(t, 'mayor');
    expect(text.slice(mayor.start, mayor.end)).toBe('mayor');
    const resigned = word(t, 'resigned');
    expect(text.slice(resigned.start, resigned.end)).toBe('resigned');
  });

  it('groups words into noun, verb and pivot chunks, broken at commas', () => {
    const t = tagText('Local police, who arrived late, have arrested the driver.');
    const texts = t.chunks.map((_, i) => chunkText(t, i));
    expect(texts).toContain('Local police');
    expect(texts).toContain('have arrested');
    expect(texts).toContain('the driver');
    expect(t.chunks[word(t, 'police').chunkIndex]!.kind).toBe('noun');
    expect(t.chunks[word(t, 'arrested').chunkIndex]!.kind).toBe('verb');
    // every word points at the chunk that holds it
    t.words.forEach((w, i) => {
      const c = t.chunks[w.chunkIndex]!;
      expect(c.first <= i && i <= c.last).toBe(true);
    });
  });

  it('returns nothing for blank text', () => {
    expect(tagText('   ')).toEqual({ words: [], chunks: [] });
  });
});
