import type { GraphPayload } from '@kg/model';
import { moreNodeId, pageExpansion } from './expansion';

function star(centre: string, counts: Record<string, number>): GraphPayload {
  const nodes = [{ id: centre, labels: ['Actor'], properties: {} }];
  const edges = [];
  for (const [type, n] of Object.entries(counts)) {
    for (let i = 0; i < n; i++) {
      const id = `${type}-${i}`;
      nodes.push({ id, labels: ['Event'], properties: {} });
      edges.push({ id: `${centre}-${id}`, type, source: centre, target: id, properties: {} });
    }
  }
  return { nodes, edges };
}

describe('pageExpansion', () => {
  it('draws everything when it fits', () => {
    const page = pageExpansion('c', star('c', { AGENT_IN: 3 }), new Set(['c']));
    expect(page.more).toBeNull();
    expect(page.payload.nodes.map((n) => n.id)).toEqual(['AGENT_IN-0', 'AGENT_IN-1', 'AGENT_IN-2']);
    expect(page.payload.edges).toHaveLength(3);
  });

  it('caps at the page size, mixes relationship types, and keeps the rest on a "+N more" node', () => {
    const payload = star('c', { AGENT_IN: 70, MENTIONED_IN: 10 });
    const page = pageExpansion('c', payload, new Set(['c']), 50);
    expect(page.payload.nodes).toHaveLength(50);
    const types = new Set(page.payload.nodes.map((n) => n.id.split('-')[0]));
    expect(types).toEqual(new Set(['AGENT_IN', 'MENTIONED_IN']));
    expect(page.more).toMatchObject({ id: moreNodeId('c'), centre: 'c', remaining: 30 });
    // Every edge drawn joins drawn nodes; the rest keeps the centre so it can be paged.
    const drawn = new Set(['c', ...page.payload.nodes.map((n) => n.id)]);
    expect(page.payload.edges.every((e) => drawn.has(e.source) && drawn.has(e.target))).toBe(true);
    expect(page.more?.rest.nodes.some((n) => n.id === 'c')).toBe(true);
  });

  it('pages the rest until nothing is left, never drawing a node twice', () => {
    const payload = star('c', { AGENT_IN: 120 });
    const drawn = new Set(['c']);
    let page = pageExpansion('c', payload, drawn, 50);
    const pages = [page.payload.nodes.length];
    page.payload.nodes.forEach((n) => drawn.add(n.id));
    while (page.more) {
      page = pageExpansion('c', page.more.rest, drawn, 50);
      page.payload.nodes.forEach((n) => {
        expect(drawn.has(n.id)).toBe(false);
        drawn.add(n.id);
      });
      pages.push(page.payload.nodes.length);
    }
    expect(pages).toEqual([50, 50, 20]);
    expect(drawn.size).toBe(121);
  });

  it('skips neighbours already drawn and links them without counting them', () => {
    const payload = star('c', { AGENT_IN: 3 });
    const page = pageExpansion('c', payload, new Set(['c', 'AGENT_IN-1']), 50);
    expect(page.payload.nodes.map((n) => n.id)).toEqual(['AGENT_IN-0', 'AGENT_IN-2']);
    expect(page.payload.edges.map((e) => e.target).sort()).toEqual(['AGENT_IN-0', 'AGENT_IN-1', 'AGENT_IN-2']);
  });
});
