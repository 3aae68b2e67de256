/** Cytoscape JSON (what `cy.json()` and Cytoscape desktop read): elements with positions, plus the style. */
import type { Collection } from 'cytoscape';

export function toCytoscapeJson(elements: Collection, style?: unknown): string {
  const nodes = elements.nodes().map((n) => ({ data: n.data(), position: { ...n.position() } }));
  const edges = elements.edges().map((e) => ({ data: e.data() }));
  return JSON.stringify({ format_version: '1.0', generated_by: 'kg-explorer', elements: { nodes, edges }, ...(style ? { style } : {}) }, null, 2);
}
