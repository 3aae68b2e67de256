/** Layout options per layout name; pinned (locked) nodes stay where they are in every one. */
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { geoPositions } from '../graph/geo-layout';
import { seedOf, withSeededRandom } from '../graph/seeded-random';
import type { LayoutName } from '../state/url-state';

export const DRAFT_LAYOUT_NODES = 300;

export function layoutOptions(cy: Core, name: LayoutName, animate: boolean): LayoutOptions {
  const common = { animate, animationDuration: 400, fit: true, padding: 30 };
  // fcose's CoSE pass costs 6–10× its spectral draft (500 nodes: 17 s vs 3 s on the loaded
  // bench machine); past a few hundred nodes the draft is what keeps the page responsive.
  const big = cy.nodes().length > DRAFT_LAYOUT_NODES;
  switch (name) {
    case 'fcose': {
      const pinned = cy.nodes('.pinned').map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
      return {
        name: 'fcose',
        ...common,
        animate: animate && !big,
        quality: big ? 'draft' : 'default',
        randomize: true,
        nodeRepulsion: () => 20000,
        // Room for arrowheads and for both directions of a pair to read as two edges.
        idealEdgeLength: () => 150,
        nodeSeparation: 80,
        numIter: big ? 1200 : 2500,
        packComponents: true,
        ...(pinned.length ? { fixedNodeConstraint: pinned } : {}),
      } as LayoutOptions;
    }
    case 'concentric':
      return { name: 'concentric', ...common, concentric: (n: NodeSingular) => Number(n.data('activity')) || 0, levelWidth: () => 3, minNodeSpacing: 20 } as LayoutOptions;
    case 'breadthfirst': {
      const roots = cy.nodes(':selected').length ? cy.nodes(':selected') : cy.nodes().max((n) => n.degree(false)).ele;
      return { name: 'breadthfirst', ...common, directed: false, spacingFactor: 1.1, roots } as LayoutOptions;
    }
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, sort: (a: NodeSingular, b: NodeSingular) => String(a.data('kind')).localeCompare(String(b.data('kind'))) } as LayoutOptions;
    case 'geo': {
      const positions = geoPositions(cy.nodes().map((n) => ({ id: n.id(), lat: n.data('lat'), lon: n.data('lon') })));
      return { name: 'preset', ...common, positions: (n: NodeSingular) => positions.get(n.id()) ?? { x: 0, y: 0 } } as LayoutOptions;
    }
  }
}

/**
 * Runs a layout on the visible elements and resolves when it stops. fcose's random start is
 * seeded from the ids laid out (sorted), so the same graph gives the same picture on every load.
 */
export function runLayout(cy: Core, name: LayoutName, animate = true): Promise<void> {
  const visible = cy.elements().not('.filtered, .hidden');
  const eles = visible.nodes().length ? visible : cy.elements();
  const layout = eles.layout(layoutOptions(cy, name, animate));
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  withSeededRandom(seedOf(eles.map((e) => e.id()).sort()), () => layout.run());
  return done;
}
