/**
 * The one way routes read the graph: an auto-commit query in a READ session (no retry loop,
 * so an unreachable Neo4j becomes a 503 at once instead of after the driver's 30 s retries),
 * with a transaction timeout, driver errors translated at this boundary.
 */
import { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
export interface ReadOptions {
    readonly timeoutMs?: number;
}
export declare function readQuery<R extends RecordShape = RecordShape>(driver: Driver, query: string, params?: Record<string, unknown>, options?: ReadOptions): Promise<QueryResult<R>>;
