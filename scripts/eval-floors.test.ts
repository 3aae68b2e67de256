import { breaches, ratchet, type SetFigures } from './eval-floors';

const today: SetFigures = { entityF1: 0.9, eventF1: 0.7, tripleF1: 0.4, location: 0.8, date: null, provenance: 1, identity: 1, wrongMerges: 2 };

describe('eval floors', () => {
  it('passes figures at or above their floors and at or under the wrong-merge ceiling', () => {
    expect(breaches('news', today, { news: { entityF1: 0.9, tripleF1: 0.35, wrongMerges: 2 } })).toEqual([]);
  });

  it('names each figure below its floor, and a wrong-merge count above its ceiling', () => {
    const found = breaches('news', today, { news: { eventF1: 0.75, wrongMerges: 1 } });
    expect(found.map((b) => b.figure).sort()).toEqual(['eventF1', 'wrongMerges']);
    expect(found.find((b) => b.figure === 'eventF1')).toMatchObject({ value: 0.7, floor: 0.75 });
  });

  it('counts a figure the scorer could not compute as below a floor set for it', () => {
    expect(breaches('news', today, { news: { date: 0.5 } }).map((b) => b.figure)).toEqual(['date']);
  });

  it('judges only the sets that have floors', () => {
    expect(breaches('other', today, { news: { entityF1: 0.99 } })).toEqual([]);
  });

  it('ratchets floors up to better figures and never lowers one', () => {
    const lifted = ratchet('news', today, { news: { entityF1: 0.95, eventF1: 0.6, wrongMerges: 4 }, seeds: { entityF1: 0.5 } });
    expect(lifted.news).toMatchObject({ entityF1: 0.95, eventF1: 0.7, tripleF1: 0.4, wrongMerges: 2 });
    expect(lifted.news).not.toHaveProperty('date');
    expect(lifted.seeds).toEqual({ entityF1: 0.5 });
  });
});
