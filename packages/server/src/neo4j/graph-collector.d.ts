/**
 * Collects every node, relationship and path found anywhere in query results (nested in
 * lists and maps too) into the one GraphPayload shape. A node's id is its stable `id`
 * property when it has one, else its elementId; edges point at those ids.
 */
import { type Node, type Relationship } from 'neo4j-driver';
import type { GraphNode, GraphPayload } from '@kg/model';
export declare function nodeId(node: Node): string;
export declare function toGraphNode(node: Node, omit?: readonly string[]): GraphNode;
export interface CollectorOptions {
    /**
     * Properties left out of every node: expansions drop a Document's full `text` (tens of
     * kilobytes per article, fetched with GET /api/nodes/:id when wanted) to keep payloads small.
     */
    readonly omit?: readonly string[];
}
export declare class GraphCollector {
    private readonly options;
    private readonly nodes;
    /** elementId → payload id, so relationships can name their endpoints. */
    private readonly idByElement;
    private readonly relationships;
    constructor(options?: CollectorOptions);
    addNode(node: Node): void;
    addRelationship(relationship: Relationship): void;
    /** Walks any result value: nodes, relationships, paths, lists, maps. */
    add(value: unknown): void;
    /** The payload id of a node seen so far, by elementId. */
    idFor(elementId: string): string | undefined;
    get nodeCount(): number;
    hasNode(id: string): boolean;
    /** elementIds of relationship endpoints that are not in the node set yet. */
    missingEndpoints(): string[];
    toPayload(truncated?: boolean): GraphPayload;
}
/** Options for expansions (neighbors, paths): nodes without bulky article text. */
export declare const EXPANSION: CollectorOptions;
