/**
 * Errors are data: an HTTP status, a machine code the explorer switches on, a message that
 * says what is wrong and what to do, and the cause (logged, never sent).
 */
import type { ApiErrorBody, ApiErrorCode } from '@kg/model';

export interface CypherPosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export class HttpError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly hint: string | undefined;
  readonly position: CypherPosition | undefined;
  /** Extra response headers, e.g. Retry-After on 503. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    options: { hint?: string; cause?: unknown; position?: CypherPosition; headers?: Record<string, string> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.hint = options.hint;
    this.position = options.position;
    this.headers = options.headers ?? {};
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.hint ? { hint: this.hint } : {}),
        ...(this.position ? { position: this.position } : {}),
      },
    };
  }
}

export function isHttpError(value: unknown): value is HttpError {
  return value instanceof HttpError;
}

export const badRequest = (message: string, hint?: string): HttpError =>
  new HttpError(400, 'BAD_REQUEST', message, hint ? { hint } : {});

export const notFound = (what: string, id: string, hint?: string): HttpError =>
  new HttpError(404, 'NOT_FOUND', `No ${what} with id ${JSON.stringify(id)}.`, {
    hint: hint ?? 'Search with GET /api/search?q=… to find ids.',
  });

/** Seconds a client should wait before retrying while Neo4j is unreachable. */
export const NEO4J_RETRY_AFTER_SECONDS = 5;

export const neo4jUnavailable = (cause: unknown): HttpError =>
  new HttpError(503, 'NEO4J_UNAVAILABLE', 'The graph database (Neo4j) is unreachable right now.', {
    hint: `Retry in ${NEO4J_RETRY_AFTER_SECONDS} s; the server reconnects by itself when Neo4j is back.`,
    cause,
    headers: { 'Retry-After': String(NEO4J_RETRY_AFTER_SECONDS) },
  });
