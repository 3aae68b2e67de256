/**
 * Neo4j reports syntax errors as "… (line L, column C (offset: O))" followed by an echo of
 * the statement and a caret. The console prefixes the user's text with "EXPLAIN\n"; these
 * pure functions move positions back into the user's text and drop the echo.
 */
import type { CypherPosition } from '../errors';
export declare function toCypherPosition(message: string, prefixLength: number): CypherPosition | undefined;
/** First line of the message, with the position rewritten to the user's text. */
export declare function stripQueryEcho(message: string, prefixLength: number): string;
