/**
 * Errors of the Neo4j edge as data: a code the CLI and server switch on, a message that
 * says what is wrong and what to do, and the driver's error as cause.
 */
import { Neo4jError } from 'neo4j-driver';

export type GraphErrorCode = 'NEO4J_UNAVAILABLE' | 'NEO4J_AUTH' | 'CONSTRAINT_VIOLATION' | 'WRITE_FAILED';

export class GraphError extends Error {
  override readonly name = 'GraphError';
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isGraphError(error: unknown): error is GraphError {
  return error instanceof GraphError;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** The driver's error, translated; `where` names the server (a URI) for the message. */
export function toGraphError(error: unknown, where = 'the Neo4j server'): GraphError {
  if (error instanceof GraphError) return error;
  const code = error instanceof Neo4jError ? error.code : '';
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  if (UNAVAILABLE.has(code) || /ECONNREFUSED|ECONNRESET|connection (was )?(closed|refused)/i.test(detail)) {
    return new GraphError(
      'NEO4J_UNAVAILABLE',
      `Cannot reach Neo4j at ${where} (${detail}). Start it (pnpm neo4j:start) or point NEO4J_URI at a running server; a re-run writes what is missing.`,
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Security')) {
    return new GraphError('NEO4J_AUTH', `Neo4j at ${where} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD (${detail}).`, { cause: error });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphError('CONSTRAINT_VIOLATION', `The write broke a uniqueness constraint, so nothing of this article was written: ${detail}`, { cause: error });
  }
  return new GraphError('WRITE_FAILED', `Writing to Neo4j failed, nothing of this article was written: ${detail}`, { cause: error });
}
