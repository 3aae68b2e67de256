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

/** Machine-readable error codes; the explorer switches on these. */
export type ApiErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'CYPHER_SYNTAX'
  | 'CYPHER_NOT_READ_ONLY'
  | 'CYPHER_TIMEOUT'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'WRITES_DISABLED'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'NEO4J_UNAVAILABLE'
  | 'EXTRACTION_FAILED'
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
