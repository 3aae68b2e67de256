import type { GraphPayload } from '@kg/model';
import { edgeElement, nodeElement, toElements } from './elements';
import { NODE_LOOKS, QUAD_COLORS } from './palette';

const network: GraphPayload = {
  nodes: [
    { id: 'russia', labels: ['Actor', 'Country', 'Location'], properties: { name: 'Russia', type: 'COUNTRY', events: 12, lat: 61.5, lon: 105.3 } },
    { id: 'syria', labels: ['Actor', 'Country', 'Location'], properties: { name: 'Syria', type: 'COUNTRY', events: 9 } },
    { id: 'isis', labels: ['Actor', 'Organization'], properties: { name: 'ISIS', type: 'ORGANIZATION', events: 2 } },
  ],
  edges: [
    { id: 'e1', type: 'INTERACTS', source: 'russia', target: 'syria', properties: { count: 5, quadClasses: [1, 2, 2, 1, 1], cameoCodes: ['04', '06'], firstDate: '2017-12-11', lastDate: '2017-12-12' } },
    { id: 'e2', type: 'INTERACTS', source: 'syria', target: 'isis', properties: { count: 2, quadClasses: { 4: 2 }, cameoCodes: ['190'] } },
    { id: 'e3', type: 'INTERACTS', source: 'syria', target: 'nowhere', properties: {} },
  ],
};

describe('toElements', () => {
  it('maps entity type to kind, shape and colour, and activity to size', () => {
    const [russia, , isis] = toElements(network);
    expect(russia?.data).toMatchObject({ id: 'russia', label: 'Russia', kind: 'country', shape: NODE_LOOKS.country.shape, color: NODE_LOOKS.country.color, lat: 61.5, lon: 105.3 });
    expect(isis?.data.kind).toBe('organization');
    expect(Number(russia?.data.size)).toBeGreaterThan(Number(isis?.data.size));
  });

  it('colours cooperation green, conflict red, and widens edges with more events', () => {
    const els = toElements(network);
    const coop = els.find((e) => e.data.id === 'e1')?.data;
    const fight = els.find((e) => e.data.id === 'e2')?.data;
    expect(coop?.color).toBe('#1a9850');
    expect(fight?.color).toBe('#d73027');
    expect(coop?.quads).toEqual([1, 2]);
    expect(fight?.cameo).toEqual(['19']);
    expect(coop?.from).toBe('2017-12-11');
    expect(Number(coop?.width)).toBeGreaterThan(Number(fight?.width));
  });

  it('drops edges to nodes that are neither in the payload nor drawn, and skips what is already drawn', () => {
    expect(toElements(network).some((e) => e.data.id === 'e3')).toBe(false);
    const again = toElements(network, new Set(['russia', 'e1']));
    expect(again.map((e) => e.data.id)).toEqual(['syria', 'isis', 'e2']);
    const withNowhere = toElements({ nodes: [], edges: network.edges }, new Set(['syria', 'nowhere']));
    expect(withNowhere.map((e) => e.data.id)).toEqual(['e3']);
  });

  it('colours event nodes by quad class and captions documents by title', () => {
    const ev = nodeElement({ id: 'ev1', labels: ['Event'], properties: { label: 'Russia — fight — ISIS', quadClass: 4, cameo: '19', date: '2017-12-11' } });
    expect(ev.data).toMatchObject({ kind: 'event', color: QUAD_COLORS[4], quads: [4], cameo: ['19'], from: '2017-12-11', to: '2017-12-11' });
    const doc = nodeElement({ id: 'd1', labels: ['Document'], properties: { title: 'Putin orders withdrawal' } });
    expect(doc.data).toMatchObject({ kind: 'document', label: 'Putin orders withdrawal' });
  });

  it('maps a directed network edge with its contract props kept for recounting, and refuses a malformed one', () => {
    const props = { count: 3, cameo: { '19': 3 }, quadClasses: { '1': 0, '2': 0, '3': 0, '4': 3 }, firstDate: '2017-11-21', lastDate: '2017-11-30', datedByReport: 1, undated: 0, articles: 2, tally: [{ day: '2017-11-21', cameo: '19', events: 2 }, { day: '2017-11-30', cameo: '19', events: 1 }] };
    const [, , , edge] = toElements({ nodes: network.nodes, edges: [{ id: 'russia->isis', type: 'ACTS_ON', source: 'russia', target: 'isis', properties: props }] });
    expect(edge?.data).toMatchObject({ type: 'ACTS_ON', count: 3, tone: 'conflict', legend: 'acts-on-conflict', net: props, quads: [4], from: '2017-11-21' });
    expect(edge?.data.caption).toBe('Russia → ISIS: 3 fight · Nov 2017 · 2 articles');
    // Missing contract fields: drawn as a plain edge, never as a misleading network edge.
    const odd = edgeElement({ id: 'x', type: 'ACTS_ON', source: 'a', target: 'b', properties: { count: 2 } });
    expect(odd.data.net).toBeUndefined();
  });

  it('gives a grey edge when the server sends no quad classes', () => {
    const e = edgeElement({ id: 'x', type: 'AGENT_IN', source: 'a', target: 'b', properties: {} });
    expect(e.data).toMatchObject({ color: '#9aa0a6', count: 1, quads: [], conflictShare: null });
  });
});
