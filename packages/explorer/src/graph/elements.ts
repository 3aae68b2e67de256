/**
 * API graph payloads → Cytoscape element definitions. Everything the stylesheet needs
 * (kind, size, colour, width) is computed here once, so styling stays a lookup and the
 * mapping is unit-tested without a browser.
 */
import type { GraphEdge, GraphNode, GraphPayload } from '@kg/model';
import type { ElementDefinition } from 'cytoscape';
import { activity, asNumber, cameoCodes, conflictShare, dateRange, eventCount, quadMix, quadsPresent } from './edge-facts';
import { nodeCaption, nodeKind } from './node-kind';
import { NEUTRAL_EDGE_COLOR, NODE_LOOKS, QUAD_COLORS, conflictColor } from './palette';
import { NetworkEdgeKind, NetworkEdgeProps, type QuadClass } from '@kg/model';
import { networkEdgeLook, quadsOf } from './network-edge';
import { NO_FILTERS } from '../state/filters';

export function nodeSize(activityCount: number): number {
  return Math.round(Math.min(90, 22 + 9 * Math.sqrt(Math.max(0, activityCount))));
}

export { edgeWidth } from './network-edge';
import { edgeWidth } from './network-edge';

export function nodeElement(node: GraphNode): ElementDefinition {
  const kind = nodeKind(node);
  const p = node.properties;
  const quad = asNumber(p.quadClass) as QuadClass | undefined;
  const color = kind === 'event' && quad && QUAD_COLORS[quad] ? QUAD_COLORS[quad] : NODE_LOOKS[kind].color;
  const act = activity(p);
  const { from, to } = dateRange(p);
  return {
    group: 'nodes',
    data: {
      id: node.id,
      label: nodeCaption(node),
      kind,
      labels: [...node.labels],
      color,
      shape: NODE_LOOKS[kind].shape,
      activity: act,
      size: kind === 'event' || kind === 'document' ? 18 : nodeSize(act),
      lat: asNumber(p.lat) ?? null,
      lon: asNumber(p.lon) ?? null,
      cameo: cameoCodes(p),
      quads: quad ? [quad] : [],
      from,
      to,
      props: p,
    },
  };
}

/**
 * An actor-network edge (ACTS_ON / ACTS_WITH, checked against the shared contract): its
 * props are kept whole in `net` so filters can recount it; the look starts unfiltered.
 */
function networkEdgeElement(edge: GraphEdge, kind: NetworkEdgeKind, props: NetworkEdgeProps, names: { source: string; target: string }): ElementDefinition {
  const look = networkEdgeLook(kind, props, NO_FILTERS, names);
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: kind,
      label: look.caption,
      net: props,
      count: look.count,
      width: look.width,
      color: look.color,
      tone: look.tone,
      caption: look.caption,
      legend: look.legend,
      quads: quadsOf(look.quadClasses),
      cameo: Object.keys(props.cameo),
      from: props.firstDate,
      to: props.lastDate,
      props: edge.properties,
    },
  };
}

export function edgeElement(edge: GraphEdge, names?: { source: string; target: string }): ElementDefinition {
  const kind = NetworkEdgeKind.safeParse(edge.type);
  if (kind.success) {
    const props = NetworkEdgeProps.safeParse(edge.properties);
    if (props.success) return networkEdgeElement(edge, kind.data, props.data, names ?? { source: edge.source, target: edge.target });
  }
  const p = edge.properties;
  const mix = quadMix(p);
  const share = conflictShare(mix);
  const count = eventCount(p);
  const { from, to } = dateRange(p);
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edge.type,
      count,
      width: edgeWidth(count),
      color: share === null ? NEUTRAL_EDGE_COLOR : conflictColor(share),
      conflictShare: share,
      quads: quadsPresent(mix),
      cameo: cameoCodes(p),
      from,
      to,
      props: p,
    },
  };
}

/**
 * Elements for a payload, deduplicated, with edges whose ends are neither in the payload
 * nor already drawn dropped (Cytoscape refuses dangling edges).
 */
export function toElements(payload: GraphPayload, existingIds: ReadonlySet<string> = new Set()): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const nodeIds = new Set<string>();
  for (const node of payload.nodes) {
    if (nodeIds.has(node.id) || existingIds.has(node.id)) continue;
    nodeIds.add(node.id);
    out.push(nodeElement(node));
  }
  const names = new Map(payload.nodes.map((n) => [n.id, nodeCaption(n)]));
  const edgeIds = new Set<string>();
  for (const edge of payload.edges) {
    if (edgeIds.has(edge.id) || existingIds.has(edge.id)) continue;
    const ends = [edge.source, edge.target];
    if (!ends.every((id) => nodeIds.has(id) || existingIds.has(id))) continue;
    edgeIds.add(edge.id);
    out.push(edgeElement(edge, { source: names.get(edge.source) ?? edge.source, target: names.get(edge.target) ?? edge.target }));
  }
  return out;
}
