/** HTTP payloads shared by server and explorer. */

/** A node in the one graph shape every graph endpoint returns (ready for Cytoscape). */
export interface GraphNode {
  readonly id: string;
  readonly labels: readonly string[];
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface GraphEdge {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface GraphPayload {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Set when a cap cut the result. */
  readonly truncated?: boolean;
}

/** GET /api/schema: what the graph's statements can name (the console's completion). */
export interface GraphVocabulary {
  readonly labels: readonly string[];
  readonly relationshipTypes: readonly string[];
  readonly propertyKeys: readonly string[];
}

/** Machine-readable error codes; the explorer switches on these. */
export type ApiErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'CYPHER_SYNTAX'
  | 'CYPHER_NOT_READ_ONLY'
  | 'CYPHER_TIMEOUT'
  /** The statement nests too deeply (brackets, parameters) to plan. */
  | 'CYPHER_TOO_COMPLEX'
  /** The statement needs more memory than one transaction may use. */
  | 'CYPHER_TOO_LARGE'
  /** The statement is valid but failed while running (e.g. a shortest path from a node to itself). */
  | 'CYPHER_FAILED'
  /** Console slots and queue are full; retry after Retry-After. */
  | 'CONSOLE_BUSY'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'WRITES_DISABLED'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'NEO4J_UNAVAILABLE'
  | 'EXTRACTION_FAILED'
  /** The extraction workers and their queue are full; retry after Retry-After. */
  | 'EXTRACTION_BUSY'
  | 'INTERNAL';

export interface ApiErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly hint?: string;
    /** For Cypher errors: where in the query (1-based line/column, 0-based offset). */
    readonly position?: { readonly line: number; readonly column: number; readonly offset: number };
  };
}
