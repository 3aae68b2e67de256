import { entityIdFor, slugify } from './ids';
import { CAMEO_ROOTS, cameoRoot, isCameoCode, isCooperation } from './cameo';

describe('entityIdFor', () => {
  it('gives one id to case, diacritic, apostrophe and hyphen variants of a name', () => {
    const variants = ['Deir ez-Zor', 'deir ez zor', 'DEIR EZ-ZOR', 'Deir  ez–Zor'];
    expect(new Set(variants.map(entityIdFor))).toEqual(new Set(['deir-ez-zor']));
    expect(entityIdFor('Türkiye')).toBe('turkiye');
    expect(entityIdFor("Da'ash")).toBe(entityIdFor('Da’ash'));
  });

  it('refuses a name with nothing to make an id from', () => {
    expect(() => entityIdFor('—')).toThrow(/cannot make an id/);
    expect(slugify('  ')).toBe('');
  });
});

describe('CAMEO root table', () => {
  it('has twenty consecutive codes with cooperation classes up to 08 and conflict after', () => {
    expect(CAMEO_ROOTS.map((r) => Number(r.code))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const root of CAMEO_ROOTS) expect(isCooperation(root.quadClass)).toBe(Number(root.code) <= 8);
  });

  it('validates codes', () => {
    expect(isCameoCode('19')).toBe(true);
    expect(isCameoCode('21')).toBe(false);
    expect(isCameoCode(19)).toBe(false);
    expect(cameoRoot('08').name).toBe('yield');
    expect(() => cameoRoot('99' as never)).toThrow(/unknown CAMEO/);
  });
});
