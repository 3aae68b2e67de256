/**
 * Collects every node, relationship and path found anywhere in query results (nested in
 * lists and maps too) into the one GraphPayload shape. A node's id is its stable `id`
 * property when it has one, else its elementId; edges point at those ids.
 */
import { isNode, isPath, isPathSegment, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode, GraphPayload } from '@kg/model';
import { toPlainProps } from './to-plain';

export function nodeId(node: Node): string {
  const id = (node.properties as Record<string, unknown>).id;
  return typeof id === 'string' && id.length > 0 ? id : node.elementId;
}

export function toGraphNode(node: Node, omit: readonly string[] = []): GraphNode {
  const properties = toPlainProps(node.properties);
  for (const key of omit) delete properties[key];
  return { id: nodeId(node), labels: [...node.labels], properties };
}

export interface CollectorOptions {
  /**
   * Properties left out of every node: expansions drop a Document's full `text` (tens of
   * kilobytes per article, fetched with GET /api/nodes/:id when wanted) to keep payloads small.
   */
  readonly omit?: readonly string[];
}

export class GraphCollector {
  private readonly nodes = new Map<string, GraphNode>();
  /** elementId → payload id, so relationships can name their endpoints. */
  private readonly idByElement = new Map<string, string>();
  private readonly relationships = new Map<string, Relationship>();

  constructor(private readonly options: CollectorOptions = {}) {}

  addNode(node: Node): void {
    const graphNode = toGraphNode(node, this.options.omit);
    this.idByElement.set(node.elementId, graphNode.id);
    if (!this.nodes.has(graphNode.id)) this.nodes.set(graphNode.id, graphNode);
  }

  addRelationship(relationship: Relationship): void {
    this.relationships.set(relationship.elementId, relationship);
  }

  /** Walks any result value: nodes, relationships, paths, lists, maps. */
  add(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    if (isNode(value)) return this.addNode(value);
    if (isRelationship(value)) return this.addRelationship(value);
    if (isPath(value)) {
      this.addNode(value.start);
      for (const segment of value.segments) this.add(segment);
      return;
    }
    if (isPathSegment(value)) {
      this.addNode(value.start);
      this.addNode(value.end);
      this.addRelationship(value.relationship);
      return;
    }
    const inner = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
    for (const item of inner) this.add(item);
  }

  /** The payload id of a node seen so far, by elementId. */
  idFor(elementId: string): string | undefined {
    return this.idByElement.get(elementId);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** elementIds of relationship endpoints that are not in the node set yet. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      if (!this.idByElement.has(rel.startNodeElementId)) missing.add(rel.startNodeElementId);
      if (!this.idByElement.has(rel.endNodeElementId)) missing.add(rel.endNodeElementId);
    }
    return [...missing];
  }

  toPayload(truncated?: boolean): GraphPayload {
    const edges: GraphEdge[] = [];
    for (const rel of this.relationships.values()) {
      const source = this.idByElement.get(rel.startNodeElementId);
      const target = this.idByElement.get(rel.endNodeElementId);
      if (!source || !target) continue; // endpoint never loaded: Cytoscape cannot draw it
      edges.push({ id: rel.elementId, type: rel.type, source, target, properties: toPlainProps(rel.properties) });
    }
    return { nodes: [...this.nodes.values()], edges, ...(truncated === undefined ? {} : { truncated }) };
  }
}

/** Options for expansions (neighbors, paths): nodes without bulky article text. */
export const EXPANSION: CollectorOptions = { omit: ['text'] };
