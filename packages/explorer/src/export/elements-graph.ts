/**
 * Cytoscape elements → the API's graph shape, so every data writer takes one input. The
 * explorer keeps either `data.properties` (the API record as is) or flat data fields; both
 * are read, and Cytoscape's own bookkeeping fields are left out.
 */
import type { Collection, EdgeSingular, NodeSingular } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphPayload } from '@kg/model';
import { nodeDisplayName } from './graph-label';

const INTERNAL = new Set(['id', 'source', 'target', 'parent', 'labels', 'properties', 'type', 'kind']);

function propertiesOf(data: Record<string, unknown>): Record<string, unknown> {
  if (data.properties && typeof data.properties === 'object' && !Array.isArray(data.properties)) {
    return { ...(data.properties as Record<string, unknown>) };
  }
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!INTERNAL.has(k) && !k.startsWith('_')) props[k] = v;
  if (typeof data.type === 'string') props.type = data.type;
  return props;
}

export function nodeRecord(node: NodeSingular): GraphNode {
  const data = node.data() as Record<string, unknown>;
  const labels = Array.isArray(data.labels) ? data.labels.map(String) : typeof data.type === 'string' ? [data.type] : [];
  return { id: node.id(), labels, properties: propertiesOf(data) };
}

export function edgeRecord(edge: EdgeSingular): GraphEdge {
  const data = edge.data() as Record<string, unknown>;
  const props = propertiesOf(data);
  const type = typeof data.type === 'string' ? data.type : typeof data.relType === 'string' ? data.relType : 'RELATED_TO';
  if (props.type === type) delete props.type;
  return { id: edge.id(), type, source: edge.source().id(), target: edge.target().id(), properties: props };
}

export function collectionToGraph(elements: Collection): GraphPayload {
  return { nodes: elements.nodes().map(nodeRecord), edges: elements.edges().map(edgeRecord) };
}

const KIND_LABELS = ['Event', 'Document', 'Person', 'Organization', 'Country', 'Location'];

/** person, organization, country, location, event or document: what the default style colours by. */
export function nodeKind(node: GraphNode): string {
  const type = node.properties.type;
  if (typeof type === 'string' && type) return type.toLowerCase();
  const label = KIND_LABELS.find((l) => node.labels.includes(l)) ?? node.labels[0] ?? 'node';
  return label.toLowerCase();
}

const MAX_NAME = 42;

/** A short caption for drawing: events by their CAMEO verb and day, long titles cut. */
export function drawnName(node: GraphNode): string {
  const p = node.properties;
  if (node.labels.includes('Event') && typeof p.cameoName === 'string' && p.cameoName) {
    return typeof p.date === 'string' && p.date ? `${p.cameoName} (${p.date.slice(0, 10)})` : p.cameoName;
  }
  const name = nodeDisplayName(node);
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1).trimEnd()}…` : name;
}

/** The graph shape → Cytoscape element definitions (server renders and generated benches). */
export function graphToElements(graph: GraphPayload): { group: 'nodes' | 'edges'; data: Record<string, unknown> }[] {
  return [
    ...graph.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { ...n.properties, id: n.id, labels: [...n.labels], name: drawnName(n), kind: nodeKind(n) },
    })),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { ...e.properties, id: e.id, source: e.source, target: e.target, type: e.type } })),
  ];
}
