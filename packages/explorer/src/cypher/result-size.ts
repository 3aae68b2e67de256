/**
 * Big results are announced before they are drawn (Neo4j Browser freezes instead). This
 * decides whether to ask, and cuts a graph to its first N nodes with the edges among them.
 */
import type { GraphPayload } from '@kg/model';

export const DRAW_WARNING_THRESHOLD = 300;

export function needsConfirmation(graph: GraphPayload, threshold = DRAW_WARNING_THRESHOLD): boolean {
  return graph.nodes.length > threshold;
}

export function firstNodes(graph: GraphPayload, n: number): GraphPayload {
  const nodes = graph.nodes.slice(0, n);
  const keep = new Set(nodes.map((x) => x.id));
  return { nodes, edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)), truncated: graph.nodes.length > n };
}
