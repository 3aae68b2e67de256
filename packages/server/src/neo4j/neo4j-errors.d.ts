/** Translates neo4j-driver errors into HttpErrors at the boundary (never leaks a stack). */
import { HttpError } from '../errors';
export declare function neo4jCode(error: unknown): string | undefined;
export declare function isUnavailableError(error: unknown): boolean;
export declare function isTimeoutError(error: unknown): boolean;
/**
 * Maps a driver error to an HttpError. `queryOffset` is how many characters the server put in
 * front of the user's text (the console's "EXPLAIN\n"), so positions point into what they typed.
 */
export declare function translateNeo4jError(error: unknown, queryOffset?: number): HttpError | unknown;
