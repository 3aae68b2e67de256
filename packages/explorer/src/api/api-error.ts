/** An API failure as data: the server's code, message, hint and (for Cypher) position. */
import type { ApiErrorBody, ApiErrorCode } from '@kg/model';

export interface ErrorPosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | 'NETWORK' | 'CONTRACT',
    message: string,
    readonly hint?: string,
    readonly position?: ErrorPosition,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

/** Builds the error from a response body, which may not be the documented shape (a proxy page, plain text). */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const error = (body as Partial<ApiErrorBody> | null)?.error;
  if (error && typeof error.message === 'string') {
    return new ApiError(status, error.code ?? 'INTERNAL', error.message, error.hint, error.position);
  }
  const text = typeof body === 'string' && body.trim() ? body.trim().slice(0, 200) : `HTTP ${status}`;
  return new ApiError(status, status === 404 ? 'NOT_FOUND' : 'INTERNAL', `The server answered ${status}: ${text}`);
}
