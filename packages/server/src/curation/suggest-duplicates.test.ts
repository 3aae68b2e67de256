import { suggestDuplicates, type EntityProfile } from './suggest-duplicates';

const place = (id: string, name: string, mentions: number, partners: string[] = []): EntityProfile =>
  ({ id, name, type: 'LOCATION', aliases: [name], mentions, affiliations: [], partners });

describe('suggestDuplicates', () => {
  it('pairs transliterations of one place, keeps the more-mentioned, and shows the evidence', () => {
    const out = suggestDuplicates([
      place('deir-ez-zor', 'Deir ez-Zor', 5, ['syria']),
      place('deir-al-zour', 'Deir al-Zour', 2, ['syria']),
      place('damascus', 'Damascus', 9),
      { ...place('deir-al-zour-fc', 'Deir al-Zour', 1), type: 'ORGANIZATION' },
    ], new Set());
    expect(out.map((s) => [s.from.id, s.into.id])).toEqual([['deir-al-zour', 'deir-ez-zor']]);
    expect(out[0]!.evidence.sameTransliteration).toEqual(['drzr']);
    expect(out[0]!.evidence.sharedPartners).toEqual(['syria']);
  });

  it('ranks a folded-name match above a transliteration match, and leaves dismissed pairs out', () => {
    const entities = [place('ras-al-ain', 'Ras al-Ain', 1), place('ras-al-ayn', 'Ras al-Ayn', 1), place('qamishli', 'Qamishli', 1), place('qamishli-2', 'Qāmishlī', 1)];
    expect(suggestDuplicates(entities, new Set()).map((s) => s.key)).toEqual(['qamishli|qamishli-2', 'ras-al-ain|ras-al-ayn']);
    expect(suggestDuplicates(entities, new Set(['qamishli|qamishli-2'])).map((s) => s.key)).toEqual(['ras-al-ain|ras-al-ayn']);
  });
});
