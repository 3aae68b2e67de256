/**
 * The console: EXPLAIN first and refuse anything the guard does not call read-only, then run
 * the statement in a READ transaction with a server-side timeout, stream at most `limit`
 * rows, load the endpoints of relationships the rows name without their nodes, and roll
 * back (nothing the console runs is ever committed).
 */
import { type Driver } from 'neo4j-driver';
import type { GraphPayload } from '@kg/model';
export declare const EXPLAIN_PREFIX = "EXPLAIN\n";
export interface ConsoleRequest {
    readonly query: string;
    readonly params: Record<string, unknown>;
    readonly limit: number;
    readonly timeoutMs: number;
}
export interface ConsoleResult {
    readonly columns: readonly string[];
    readonly rows: readonly Record<string, unknown>[];
    readonly graph: GraphPayload;
    readonly truncated: boolean;
    readonly summary: {
        readonly queryType: string;
        readonly rows: number;
        readonly elapsedMs: number;
        readonly limit: number;
    };
}
/** Throws a 403 HttpError unless Neo4j's plan for the statement is read-only. */
export declare function assertReadOnly(driver: Driver, query: string, params: Record<string, unknown>): Promise<void>;
export declare function runConsoleQuery(driver: Driver, request: ConsoleRequest): Promise<ConsoleResult>;
