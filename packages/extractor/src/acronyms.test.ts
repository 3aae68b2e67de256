import { createExtractContext } from './context';
import { extractDocument } from './extract-document';
import { abbreviates, acronymDefinitionAt, longFormStart } from './acronyms';
import { tokenize } from './tokens';

const definition = (text: string) => {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const d = acronymDefinitionAt(tokens, i);
    if (d) return tokens.slice(d.first, d.last + 1).map((t) => t.text).join(' ');
  }
  return null;
};

describe('acronyms', () => {
  it('finds the long form of an acronym, letters in order, the first opening a word', () => {
    expect(longFormStart('SADC', 'the Southern African Development Community')).toBe(4);
    expect(longFormStart('AMISOM', 'African Union Mission in Somalia')).toBe(0);
    expect(longFormStart('XYZ', 'African Union Mission in Somalia')).toBe(-1);
    expect(abbreviates('ASEAN', 'Association of Southeast Asian Nations')).toBe(true);
    expect(abbreviates('NATO', 'African Union')).toBe(false);
  });

  it('keeps a defined long form whole, through "of", "for" and a possessive', () => {
    expect(definition('Troops of the Southern African Development Community (SADC) arrived.')).toBe('Southern African Development Community');
    expect(definition('The Association of Southeast Asian Nations (ASEAN) met in Jakarta.')).toBe('Association of Southeast Asian Nations');
    expect(definition('Fighters of the Tigray People’s Liberation Front (TPLF) withdrew.')).toBe('Tigray People Liberation Front');
  });

  it('defines nothing when the parenthesis holds no acronym of the words before it', () => {
    expect(definition('Talks in Doha (Qatar) resumed.')).toBeNull();
    expect(definition('The Red Crescent (ICRC) sent aid.')).toBeNull();
  });
});

describe('acronyms in extraction', () => {
  it('makes one organisation of a defined long form and its acronym', () => {
    const r = extractDocument(
      { file: 'a.txt', text: 'Leaders of the Southern African Development Community (SADC) met in Maputo on Monday. SADC said troops would stay.', published: '2021-06-28' },
      createExtractContext({ gazetteer: null }),
    );
    const sadc = r.entities.find((d) => d.entity.name === 'Southern African Development Community');
    expect(sadc?.entity.type).toBe('ORGANIZATION');
    expect(sadc?.mentions.map((m) => m.text)).toEqual(['Southern African Development Community', 'SADC', 'SADC']);
  });
});
