/**
 * Paging of a node's expansion. A hub can have hundreds of neighbours; drawing them all
 * buries the picture, so an expansion shows the first `pageSize` (grouped by relationship
 * type, so every kind of tie shows up early) and a "+N more" node that holds the rest and
 * pages them in on double-click.
 */
import type { GraphEdge, GraphNode, GraphPayload } from '@kg/model';

export const DEFAULT_PAGE_SIZE = 50;

export interface ExpansionPage {
  /** Nodes and edges to draw now (the centre is never among the nodes). */
  readonly payload: GraphPayload;
  /** The "+N more" node for the rest, or null when everything fits. */
  readonly more: MoreNode | null;
}

export interface MoreNode {
  readonly id: string;
  readonly centre: string;
  readonly remaining: number;
  /** What is still to draw, kept on the node so paging needs no new request. */
  readonly rest: GraphPayload;
}

export function moreNodeId(centre: string): string {
  return `more:${centre}`;
}

/** The neighbour each edge leads to from the centre (self-loops lead nowhere). */
function neighbourOf(edge: GraphEdge, centre: string): string | null {
  if (edge.source === centre && edge.target !== centre) return edge.target;
  if (edge.target === centre && edge.source !== centre) return edge.source;
  return null;
}

/**
 * Orders neighbours round-robin over relationship types (AGENT_IN, MENTIONED_IN, …) and
 * cuts after `pageSize` neighbours not yet drawn.
 */
export function pageExpansion(
  centre: string,
  payload: GraphPayload,
  drawn: ReadonlySet<string>,
  pageSize = DEFAULT_PAGE_SIZE,
): ExpansionPage {
  const nodesById = new Map<string, GraphNode>(payload.nodes.map((n) => [n.id, n]));
  const byType = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const edge of payload.edges) {
    const other = neighbourOf(edge, centre);
    if (!other || seen.has(other) || drawn.has(other) || !nodesById.has(other)) continue;
    seen.add(other);
    const list = byType.get(edge.type) ?? [];
    list.push(other);
    byType.set(edge.type, list);
  }
  // Neighbours reached only through other neighbours (depth > 1) come last.
  const deeper = payload.nodes.map((n) => n.id).filter((id) => id !== centre && !seen.has(id) && !drawn.has(id));
  const lists = [...byType.keys()].sort().map((type) => byType.get(type) ?? []);
  const ordered: string[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) ordered.push(l[i] as string);
  ordered.push(...deeper);

  const take = new Set(ordered.slice(0, pageSize));
  const restIds = new Set(ordered.slice(pageSize));
  const visible = new Set([...drawn, ...take, centre]);
  const nodes = payload.nodes.filter((n) => take.has(n.id));
  const edges = payload.edges.filter((e) => visible.has(e.source) && visible.has(e.target));
  if (restIds.size === 0) return { payload: { nodes, edges }, more: null };
  const restNodes = payload.nodes.filter((n) => restIds.has(n.id) || n.id === centre);
  const restEdges = payload.edges.filter((e) => !(visible.has(e.source) && visible.has(e.target)));
  return {
    payload: { nodes, edges },
    more: { id: moreNodeId(centre), centre, remaining: restIds.size, rest: { nodes: restNodes, edges: restEdges } },
  };
}
