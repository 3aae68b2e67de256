import { buildTriggerIndex, inflect } from './trigger-index';

describe('trigger index', () => {
  it('inflects regular verbs', () => {
    expect(inflect('deny').sort()).toEqual(['denied', 'denies', 'deny', 'denying']);
    expect(inflect('liberate').sort()).toEqual(['liberate', 'liberated', 'liberates', 'liberating']);
    expect(inflect('visit')).toEqual(expect.arrayContaining(['visits', 'visited', 'visiting']));
  });

  it('maps verb forms, irregular forms, phrases and nouns to CAMEO roots', () => {
    const { phrases } = buildTriggerIndex();
    expect(phrases.get('withdrew')?.code).toBe('08');
    expect(phrases.get('pulled out')?.code).toBe('08');
    expect(phrases.get('met')?.code).toBe('04');
    expect(phrases.get('denied')?.code).toBe('12');
    expect(phrases.get('air strikes')).toMatchObject({ code: '19', pos: 'noun' });
    expect(phrases.get('said')?.code).toBe('01');
    expect(phrases.get('attack')).toMatchObject({ code: '19', pos: 'verb', alsoNoun: true });
  });
});
