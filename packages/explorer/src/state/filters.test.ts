import { NO_FILTERS, isFiltering, passes, toggle } from './filters';

describe('passes', () => {
  const conflictEdge = { quads: [4] as const, cameo: ['19'], from: '2017-12-10', to: '2017-12-12' };
  it('lets everything through with no filters', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(passes({ kind: 'person' }, NO_FILTERS)).toBe(true);
    expect(passes({ ...conflictEdge, quads: [4] }, NO_FILTERS)).toBe(true);
  });

  it('hides entity types and quad classes that are switched off', () => {
    expect(passes({ kind: 'person' }, { ...NO_FILTERS, hiddenKinds: ['person'] })).toBe(false);
    expect(passes({ kind: 'country' }, { ...NO_FILTERS, hiddenKinds: ['person'] })).toBe(true);
    expect(passes({ quads: [4] }, { ...NO_FILTERS, hiddenQuads: [4] })).toBe(false);
    expect(passes({ quads: [1, 4] }, { ...NO_FILTERS, hiddenQuads: [4] })).toBe(true);
  });

  it('keeps only allowed CAMEO roots, leaving uncoded elements alone', () => {
    expect(passes({ cameo: ['19'] }, { ...NO_FILTERS, cameo: ['04'] })).toBe(false);
    expect(passes({ cameo: ['04', '19'] }, { ...NO_FILTERS, cameo: ['04'] })).toBe(true);
    expect(passes({ kind: 'country', cameo: [] }, { ...NO_FILTERS, cameo: ['04'] })).toBe(true);
  });

  it('keeps elements whose date range overlaps the window', () => {
    const f = { ...NO_FILTERS, from: '2017-12-11', to: '2017-12-11' };
    expect(passes({ from: '2017-12-10', to: '2017-12-12' }, f)).toBe(true);
    expect(passes({ from: '2017-12-12', to: '2017-12-13' }, f)).toBe(false);
    expect(passes({ from: '2017-12-01', to: '2017-12-10' }, f)).toBe(false);
    expect(passes({ from: null, to: null }, f)).toBe(true);
    expect(passes({ kind: 'more', from: '2000-01-01' }, f)).toBe(true);
  });

  it('toggles list membership', () => {
    expect(toggle([1, 2], 2)).toEqual([1]);
    expect(toggle([1], 3)).toEqual([1, 3]);
  });
});
