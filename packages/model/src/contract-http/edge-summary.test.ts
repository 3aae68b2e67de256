import { cameoTally, edgeCaption, edgeTone, monthRange } from './edge-summary';
import type { NetworkEdgeProps } from './network';

const props = (over: Partial<NetworkEdgeProps>): NetworkEdgeProps => ({
  count: 11, cameo: {}, quadClasses: { '1': 0, '2': 0, '3': 2, '4': 9 }, firstDate: null, lastDate: null,
  datedByReport: 0, undated: 0, articles: 1, tally: [], ...over,
});

describe('edge wording', () => {
  it('tallies CAMEO roots most frequent first with their verbs', () => {
    expect(cameoTally({ '13': 2, '19': 9, '04': 0 })).toBe('9 fight, 2 threaten');
  });

  it('names a month range within a year, across years, and the undated', () => {
    expect(monthRange('2017-11-03', '2017-12-20')).toBe('Nov–Dec 2017');
    expect(monthRange('2017-11-03', '2017-11-20')).toBe('Nov 2017');
    expect(monthRange('2017-12-30', '2018-01-02')).toBe('Dec 2017–Jan 2018');
    expect(monthRange(null, null)).toBe('undated');
  });

  it('captions a directed edge and a co-agent edge', () => {
    const p = props({ cameo: { '19': 9, '13': 2 }, firstDate: '2017-11-01', lastDate: '2017-12-11', articles: 4 });
    expect(edgeCaption('ACTS_ON', 'Russia', 'ISIS', p)).toBe('Russia → ISIS: 9 fight, 2 threaten · Nov–Dec 2017 · 4 articles');
    expect(edgeCaption('ACTS_WITH', 'Russia', 'Iran', props({ cameo: { '04': 1 } }))).toBe('Russia + Iran together: 1 consult · undated · 1 article');
  });

  it('weighs events by the Goldstein scale: one fight outweighs a statement and a consultation', () => {
    expect(edgeTone({ '19': 1, '01': 1, '04': 1 })).toEqual({ goldstein: -9, tone: 'conflict' });
    expect(edgeTone({ '06': 2 })).toEqual({ goldstein: 12, tone: 'cooperation' });
    expect(edgeTone({ '01': 3 }).tone).toBe('neutral');
  });
});
