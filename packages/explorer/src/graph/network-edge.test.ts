import type { NetworkEdgeProps } from '@kg/model';
import { NO_FILTERS } from '../state/filters';
import { networkEdgeLook } from './network-edge';
import { CO_AGENT_COLOR, TONE_COLORS } from './palette';

const russiaIsis: NetworkEdgeProps = {
  count: 11, cameo: { '19': 9, '13': 2 }, quadClasses: { '1': 0, '2': 0, '3': 2, '4': 9 },
  firstDate: '2017-11-01', lastDate: '2017-12-11', datedByReport: 0, undated: 1, articles: 4,
  tally: [
    { day: null, cameo: '19', events: 1 },
    { day: '2017-11-01', cameo: '19', events: 5 },
    { day: '2017-11-20', cameo: '13', events: 2 },
    { day: '2017-12-11', cameo: '19', events: 3 },
  ],
};
const withCameo = (cameo: Record<string, number>): NetworkEdgeProps => ({
  ...russiaIsis, cameo, tally: Object.entries(cameo).map(([code, events]) => ({ day: '2017-11-05', cameo: code, events })),
});
const names = { source: 'Russia', target: 'ISIS' };

describe('networkEdgeLook', () => {
  it('draws a directed edge by its tone, its width by its events, and captions it', () => {
    const look = networkEdgeLook('ACTS_ON', russiaIsis, NO_FILTERS, names);
    expect(look).toMatchObject({ count: 11, color: TONE_COLORS.conflict, tone: 'conflict', legend: 'acts-on-conflict' });
    expect(look.caption).toBe('Russia → ISIS: 9 fight, 2 threaten · Nov–Dec 2017 · 4 articles');
  });

  it('recounts under filters: hiding material conflict leaves the threats, a thinner edge', () => {
    const all = networkEdgeLook('ACTS_ON', russiaIsis, NO_FILTERS, names);
    const verbal = networkEdgeLook('ACTS_ON', russiaIsis, { ...NO_FILTERS, hiddenQuads: [4] }, names);
    expect(verbal.count).toBe(2);
    expect(verbal.quadClasses).toEqual({ '1': 0, '2': 0, '3': 2, '4': 0 });
    expect(verbal.width).toBeLessThan(all.width);
    expect(verbal.caption).toContain('2 threaten');
    expect(verbal.caption).not.toContain('fight');
  });

  it('turns an edge cooperative when only its cooperation is allowed, and empty when nothing is', () => {
    const mixed = withCameo({ '19': 1, '06': 3 });
    expect(networkEdgeLook('ACTS_ON', mixed, NO_FILTERS, names).tone).toBe('cooperation');
    expect(networkEdgeLook('ACTS_ON', mixed, { ...NO_FILTERS, cameo: ['19'] }, names)).toMatchObject({ count: 1, tone: 'conflict', color: TONE_COLORS.conflict });
    expect(networkEdgeLook('ACTS_ON', mixed, { ...NO_FILTERS, cameo: ['04'] }, names).count).toBe(0);
  });

  it('recounts under a time window: only events with a day inside it, undated ones out', () => {
    const nov = networkEdgeLook('ACTS_ON', russiaIsis, { ...NO_FILTERS, from: '2017-11-01', to: '2017-11-30' }, names);
    expect(nov).toMatchObject({ count: 7, firstDate: '2017-11-01', lastDate: '2017-11-20' });
    expect(nov.caption).toBe('Russia → ISIS: 5 fight, 2 threaten · Nov 2017 · 4 articles');
    expect(networkEdgeLook('ACTS_ON', russiaIsis, { ...NO_FILTERS, from: '2018-01-01' }, names).count).toBe(0);
    expect(networkEdgeLook('ACTS_ON', russiaIsis, NO_FILTERS, names).count).toBe(11);
  });

  it('draws co-agents in their own colour whatever they did together', () => {
    const look = networkEdgeLook('ACTS_WITH', russiaIsis, NO_FILTERS, { source: 'Russia', target: 'Iran' });
    expect(look).toMatchObject({ color: CO_AGENT_COLOR, legend: 'acts-with' });
    expect(look.caption.startsWith('Russia + Iran together')).toBe(true);
  });
});
