/** The human name of a node or an edge in exports (GraphML `label`, CSV `Label`, legends). */
import type { GraphEdge, GraphNode } from '@kg/model';

const NAME_KEYS = ['name', 'label', 'title', 'file'] as const;

export function nodeDisplayName(node: GraphNode): string {
  for (const key of NAME_KEYS) {
    const value = node.properties[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return node.id;
}

export function edgeDisplayName(edge: GraphEdge): string {
  const label = edge.properties.label;
  return typeof label === 'string' && label.trim() ? label : edge.type;
}
