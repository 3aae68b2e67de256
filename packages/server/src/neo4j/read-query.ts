/**
 * The one way routes read the graph: an auto-commit query in a READ session (no retry loop,
 * so an unreachable Neo4j becomes a 503 at once instead of after the driver's 30 s retries),
 * with a transaction timeout, driver errors translated at this boundary.
 */
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { toCypherParams } from './cypher-params';
import { translateNeo4jError } from './neo4j-errors';

export interface ReadOptions {
  readonly timeoutMs?: number;
}

export async function readQuery<R extends RecordShape = RecordShape>(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
  options: ReadOptions = {},
): Promise<QueryResult<R>> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.run<R>(query, toCypherParams(params) as Record<string, unknown>, { timeout: options.timeoutMs ?? 30_000 });
  } catch (error) {
    throw translateNeo4jError(error);
  } finally {
    await session.close().catch(() => undefined);
  }
}
