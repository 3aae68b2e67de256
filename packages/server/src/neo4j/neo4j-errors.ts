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

/**
 * Failures the client's statement causes, by Neo4j code and message: each becomes a 4xx that
 * says what to change. Rules as data; the first match wins.
 */
interface ClientFailureRule {
  readonly code: RegExp;
  readonly message?: RegExp;
  readonly status: 400 | 413;
  readonly apiCode: 'CYPHER_TOO_LARGE' | 'CYPHER_TOO_COMPLEX' | 'CYPHER_FAILED';
  readonly text: string;
  readonly hint: string;
}

const CLIENT_FAILURES: readonly ClientFailureRule[] = [
  {
    code: /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemory/,
    status: 413,
    apiCode: 'CYPHER_TOO_LARGE',
    text: 'The query needs more memory than the server allows one transaction.',
    hint: 'Aggregate less at once: add a LIMIT, avoid collect() over large ranges, or return counts instead of lists.',
  },
  {
    code: /./,
    message: /StackOverflow/i,
    status: 400,
    apiCode: 'CYPHER_TOO_COMPLEX',
    text: 'The query is nested too deeply for the database to plan.',
    hint: 'Flatten nested expressions and parameters.',
  },
  {
    code: /^Neo\.(DatabaseError|ClientError)\.Statement\./,
    message: /shortest path algorithm does not work when the start and end nodes are the same/,
    status: 400,
    apiCode: 'CYPHER_FAILED',
    text: 'shortestPath and allShortestPaths need two different nodes; this query asked for a path from a node to itself.',
    hint: 'Add WHERE a <> b before the shortest-path pattern.',
  },
  {
    code: /^Neo\.DatabaseError\.Statement\.ExecutionFailed$/,
    status: 400,
    apiCode: 'CYPHER_FAILED',
    text: 'The query failed while running',
    hint: 'Fix the query; the message says which part failed.',
  },
];

/** Java class names (`java.lang.IllegalArgumentException: `, `org.apache.lucene…`) say nothing to a user. */
const JAVA_CLASS = /\b(?:java|javax|org|com|scala|kotlin)\.(?:[a-z_$][\w$]*\.)*[A-Z][\w$]*(?::\s*)?/g;
const CAUSED_BY = /\s*Caused by:\s*/g;

/** First line of a Neo4j message, without Java class names and "Caused by:" chains. */
export function userFacingMessage(message: string): string {
  const firstLine = (message.split('\n')[0] ?? message).trim();
  return firstLine.replace(CAUSED_BY, ' ').replace(JAVA_CLASS, '').replace(/\s{2,}/g, ' ').replace(/:\s*$/, '').trim();
}

function clientFailure(error: unknown, code: string, message: string): HttpError | undefined {
  const rule = CLIENT_FAILURES.find((r) => r.code.test(code) && (!r.message || r.message.test(message)));
  if (!rule) return undefined;
  // The catch-all rule quotes Neo4j's own first line, cleaned; the specific ones speak for themselves.
  const text = rule.message || rule.apiCode === 'CYPHER_TOO_LARGE' ? rule.text : `${rule.text}: ${userFacingMessage(message)}`;
  return new HttpError(rule.status, rule.apiCode, text, { hint: rule.hint, cause: error });
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
  const failure = clientFailure(error, code, message);
  if (failure) return failure;
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    const position = toCypherPosition(message, queryOffset);
    return new HttpError(400, 'CYPHER_SYNTAX', userFacingMessage(stripQueryEcho(message, queryOffset)), {
      hint: 'Fix the query; see the Cypher manual for the clause named in the message.',
      cause: error,
      ...(position ? { position } : {}),
    });
  }
  return error;
}
