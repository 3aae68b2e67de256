import { arabicKey, foldName, nameWords } from './text-keys';

describe('name keys', () => {
  it('folds case, diacritics, apostrophes, hyphens and a leading "the"', () => {
    expect(foldName('The Da’ash')).toBe('daash');
    expect(foldName('Deir ez-Zor')).toBe(foldName('deir ez zor'));
    expect(foldName('Türkiye')).toBe('turkiye');
  });

  it('joins transliteration variants of one Arabic or Russian name', () => {
    expect(new Set(['Hmeimim', 'Khmeimim', 'Hemeimeem'].map(arabicKey)).size).toBe(1);
    expect(arabicKey('Tartus')).toBe(arabicKey('Tartous'));
    expect(arabicKey('al-Bukamal')).toBe(arabicKey('Abu-Kamal'));
    expect(arabicKey('Al-Mayadin')).toBe(arabicKey('Al-Mayadeen'));
  });

  it('keeps different names apart', () => {
    expect(arabicKey('Hassan Rouhani')).not.toBe(arabicKey('Suheil al-Hassan'));
    expect(arabicKey('Homs')).not.toBe(arabicKey('Hama'));
    expect(nameWords('al-Hassan')).toEqual(['hassan']);
  });
});
