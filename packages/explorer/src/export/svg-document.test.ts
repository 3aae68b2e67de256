import cytoscape from 'cytoscape';
import { defaultStylesheet } from './default-style';
import { graphToElements } from './elements-graph';
import { SMALL_GRAPH } from './fixtures.test-data';
import { buildLegend } from './legend';
import { planPage } from './page-layout';
import { buildRenderModel } from './render-model';
import { buildSvg } from './svg-document';
import { XMLParser } from 'fast-xml-parser';

const made: cytoscape.Core[] = [];
// Headless Cytoscape runs an animation timer until destroyed; stop it so jest can exit.
afterEach(() => made.splice(0).forEach((cy) => cy.destroy()));

function headless() {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: graphToElements(SMALL_GRAPH) as never, style: defaultStylesheet() });
  cy.nodes().forEach((n, i) => {
    n.position({ x: i * 120, y: (i % 2) * 80 });
  });
  made.push(cy);
  return cy;
}

const labelsIn = (svg: string) => [...svg.matchAll(/<text class="node-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('SVG export', () => {
  it('draws the selected nodes with their labels as text, and nothing else', () => {
    const cy = headless();
    const selection = cy.$('#russia, #syria, #ev-1');
    const sub = selection.union(selection.edgesWith(selection));
    const model = buildRenderModel(sub);
    expect(model.edges.map((e) => e.id)).toEqual(['r1', 'r2']);
    const page = planPage({ bounds: model.bounds, scale: 1, title: 'Russia and Syria', legend: buildLegend(model), footer: ['Sources: 1 article'] });
    const svg = buildSvg(model, page, { background: '#ffffff', title: 'Russia and Syria' });
    expect(labelsIn(svg).sort()).toEqual(['Russia', 'Syria', 'yield (2017-12-11)']);
    expect(svg).not.toContain('withdrawal');
    expect(() => new XMLParser().parse(svg)).not.toThrow();
    expect(svg).toContain('fill="rgb(89,161,79)"'); // countries in the default style's green
    expect(svg).toMatch(/country \(2\)/);
    expect(svg).toMatch(/<polygon points=/); // hexagons and arrow heads are vector polygons
  });

  it('leaves labels out when asked and keeps a transparent page transparent', () => {
    const cy = headless();
    const model = buildRenderModel(cy.elements(), { labels: false });
    const svg = buildSvg(model, planPage({ bounds: model.bounds, scale: 2 }), { background: null });
    expect(labelsIn(svg)).toEqual([]);
    expect(svg).not.toContain('class="background"');
    const page = planPage({ bounds: model.bounds, scale: 2 });
    expect(page.width).toBe(Math.ceil((model.bounds.x2 - model.bounds.x1) * 2 + 96));
  });
});
