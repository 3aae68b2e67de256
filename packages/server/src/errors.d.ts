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
export declare class HttpError extends Error {
    readonly status: number;
    readonly code: ApiErrorCode;
    readonly hint: string | undefined;
    readonly position: CypherPosition | undefined;
    /** Extra response headers, e.g. Retry-After on 503. */
    readonly headers: Readonly<Record<string, string>>;
    constructor(status: number, code: ApiErrorCode, message: string, options?: {
        hint?: string;
        cause?: unknown;
        position?: CypherPosition;
        headers?: Record<string, string>;
    });
    toBody(): ApiErrorBody;
}
export declare function isHttpError(value: unknown): value is HttpError;
export declare const badRequest: (message: string, hint?: string) => HttpError;
export declare const notFound: (what: string, id: string, hint?: string) => HttpError;
/** Seconds a client should wait before retrying while Neo4j is unreachable. */
export declare const NEO4J_RETRY_AFTER_SECONDS = 5;
export declare const neo4jUnavailable: (cause: unknown) => HttpError;
