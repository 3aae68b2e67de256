/**
 * One console cell → JSON: nodes as {id, labels, properties}, relationships as
 * {id, type, source, target, properties} (the GraphPayload shapes), paths as the ids they pass through, the rest via toPlain.
 */
import { isNode, isPath, isRelationship } from 'neo4j-driver';
import { nodeId, toGraphNode } from '../neo4j/graph-collector';
import { toPlain, toPlainProps } from '../neo4j/to-plain';

/** Maps a node's elementId to its payload id (the stable `id` when the node was loaded). */
export type IdResolver = (elementId: string) => string | undefined;

export function toRowValue(value: unknown, resolve: IdResolver): unknown {
  if (value === null || typeof value !== 'object') return toPlain(value);
  if (isNode(value)) return toGraphNode(value);
  if (isRelationship(value)) {
    return {
      id: value.elementId,
      type: value.type,
      source: resolve(value.startNodeElementId) ?? value.startNodeElementId,
      target: resolve(value.endNodeElementId) ?? value.endNodeElementId,
      properties: toPlainProps(value.properties),
    };
  }
  if (isPath(value)) {
    return {
      nodes: [nodeId(value.start), ...value.segments.map((segment) => nodeId(segment.end))],
      edges: value.segments.map((segment) => segment.relationship.elementId),
      length: value.length,
    };
  }
  if (Array.isArray(value)) return value.map((item) => toRowValue(item, resolve));
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toRowValue(inner, resolve);
    return out;
  }
  return toPlain(value);
}
