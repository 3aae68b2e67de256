import { DEFAULT_VIEW, MAX_URL_POSITIONS, decodeViewState, encodeViewState, type ViewState } from './url-state';

describe('URL view state', () => {
  it('round-trips a full view, ids with commas, colons and percent signs included', () => {
    const view: ViewState = {
      query: 'MATCH (n:Actor {name: $name}) RETURN n',
      rollup: false,
      clock: 'reported',
      params: '{"name":"Russia"}',
      filters: { hiddenKinds: ['person', 'document'], hiddenQuads: [3, 4], cameo: ['04', '19'], from: '2017-12-10', to: '2017-12-12' },
      layout: 'geo',
      selected: ['russia', 'a,b'],
      expanded: ['4:abc:12', 'syria'],
      hidden: ['100%'],
      pinned: ['turkey'],
      positions: { russia: [10, -20], '4:abc:12': [3.6, 4.4] },
    };
    const decoded = decodeViewState(`#${encodeViewState(view)}`);
    expect(decoded).toEqual({ ...view, positions: { russia: [10, -20], '4:abc:12': [4, 4] } });
  });

  it('encodes the default view as an empty hash and decodes garbage to defaults', () => {
    expect(encodeViewState(DEFAULT_VIEW)).toBe('');
    expect(decodeViewState('')).toEqual(DEFAULT_VIEW);
    const junk = decodeViewState('#layout=spiral&from=yesterday&hideQuads=7,x&hideTypes=dragon&pos=a:b:c');
    expect(junk).toEqual(DEFAULT_VIEW);
  });

  it('leaves positions out when there are too many for a URL', () => {
    const positions = Object.fromEntries(Array.from({ length: MAX_URL_POSITIONS + 1 }, (_, i) => [`n${i}`, [i, i] as const]));
    const hash = encodeViewState({ ...DEFAULT_VIEW, positions });
    expect(hash).toBe('');
  });
});
