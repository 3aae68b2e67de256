/** Translates neo4j-driver errors into HttpErrors at the boundary (never leaks a stack). */
import { HttpError, neo4jUnavailable, isHttpError } from '../errors';
import { toCypherPosition, stripQueryEcho } from '../cypher/syntax-position';

/** Driver/server codes meaning "cannot reach Neo4j now" (the driver reconnects on its own later). */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
]);

export function neo4jCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function isUnavailableError(error: unknown): boolean {
  const code = neo4jCode(error);
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /ECONNREFUSED|ECONNRESET|Failed to connect|Connection acquisition timed out|Pool is closed/i.test(message);
}

export function isTimeoutError(error: unknown): boolean {
  const code = neo4jCode(error) ?? '';
  return code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}

/**
 * Maps a driver error to an HttpError. `queryOffset` is how many characters the server put in
 * front of the user's text (the console's "EXPLAIN\n"), so positions point into what they typed.
 */
export function translateNeo4jError(error: unknown, queryOffset = 0): HttpError | unknown {
  if (isHttpError(error)) return error;
  if (isUnavailableError(error)) return neo4jUnavailable(error);
  const code = neo4jCode(error) ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (isTimeoutError(error)) {
    return new HttpError(408, 'CYPHER_TIMEOUT', 'The query ran past its time limit and was stopped.', {
      hint: 'Add a LIMIT, narrow the MATCH, or ask for a longer timeout (timeoutMs) within the server maximum.',
      cause: error,
    });
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    const position = toCypherPosition(message, queryOffset);
    return new HttpError(400, 'CYPHER_SYNTAX', stripQueryEcho(message, queryOffset), {
      hint: 'Fix the query; see the Cypher manual for the clause named in the message.',
      cause: error,
      ...(position ? { position } : {}),
    });
  }
  return error;
}
