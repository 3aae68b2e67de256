import { createExtractContext } from './context';
import { extractDocument } from './extract-document';
import { isTitleCase } from './mentions';
import { isCapitalisedOpener, midSentenceCapitals, opensSentence, type OpenerKnowledge } from './sentence-openers';
import { tokenize } from './tokens';

const names = (text: string) =>
  extractDocument({ file: 'a.txt', text, published: '2021-05-04' }, createExtractContext({ gazetteer: null })).entities.map((d) => d.entity.name);

describe('sentence openers', () => {
  it('knows where a sentence, a quotation or a line opens', () => {
    const tokens = tokenize('Rain fell. “Floods came” early\nSnow followed');
    expect(tokens.map((t, i) => opensSentence(tokens, i))).toEqual([true, false, true, false, false, true, false]);
  });

  it('collects capitals written inside sentences, not at their openings or in title-case lines', () => {
    const caps = midSentenceCapitals([tokenize('Harvest came early to the Valley farms.'), tokenize('Big Harvest Festival Opens Today In Town')], isTitleCase);
    expect([...caps]).toEqual(['valley']);
  });

  it('takes a common word at an opening for the first word, unless the article capitalises it elsewhere', () => {
    const know: OpenerKnowledge = { commonWords: new Set(['harvest', 'summit']), midCapitals: new Set(['summit']), personNames: () => false };
    const tokens = tokenize('Harvest reports reached Summit');
    expect(isCapitalisedOpener(tokens, 0, know)).toBe(true);
    expect(isCapitalisedOpener(tokenize('Summit organisers left'), 0, know)).toBe(false);
    expect(isCapitalisedOpener(tokens, 3, know)).toBe(false); // not at an opening
  });

  it('makes no names of common words that open sentences or lines', () => {
    const found = names('Meantime the rebels held the bridge near Kandahar.\nFriends of the governor said nothing.\nHeavy Rainfall slowed the convoy.');
    expect(found).not.toContain('Meantime');
    expect(found).not.toContain('Friends');
    expect(found).not.toContain('Heavy Rainfall');
  });

  it('keeps an opening name the article writes again inside a sentence, or a name list knows', () => {
    const found = names('Golden Dawn marched in Athens. Police watched the members of Golden Dawn. Victor Orban spoke later.');
    expect(found.some((n) => /Golden Dawn/.test(n))).toBe(true);
    expect(found.some((n) => /Victor Orban/.test(n))).toBe(true);
  });

  it('does not run a name across a line that opens with a common word', () => {
    const found = names('Soldiers of the Afghan National\nSmoke rose over the valley on Monday.');
    expect(found.some((n) => /Smoke/.test(n))).toBe(false);
  });
});

describe('clock times', () => {
  it('reads "PM GMT" after a time as a clock, not a name', () => {
    const found = names('The blast was heard at 3:10 PM GMT by residents of Kandahar.\n\nUpdated 9:45 AM EST');
    expect(found.filter((n) => /\b(?:PM|AM|GMT|EST)\b/.test(n))).toEqual([]);
  });
});
