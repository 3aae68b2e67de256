/**
 * The console: EXPLAIN first and refuse anything the guard does not call read-only, then run
 * the statement in a READ transaction with a server-side timeout, stream at most `limit`
 * rows, load the endpoints of relationships the rows name without their nodes, and roll
 * back (nothing the console runs is ever committed).
 */
import neo4j, { type Driver, type Node } from 'neo4j-driver';
import type { GraphPayload } from '@kg/model';
import { HttpError } from '../errors';
import { GraphCollector } from '../neo4j/graph-collector';
import { toCypherParams } from '../neo4j/cypher-params';
import { translateNeo4jError } from '../neo4j/neo4j-errors';
import { checkReadOnlyPlan } from './cypher-guard';
import { toPlanOperators } from './plan-operators';
import { toRowValue } from './to-row-value';

export const EXPLAIN_PREFIX = 'EXPLAIN\n';

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
  readonly summary: { readonly queryType: string; readonly rows: number; readonly elapsedMs: number; readonly limit: number };
}

/** Throws a 403 HttpError unless Neo4j's plan for the statement is read-only. */
export async function assertReadOnly(driver: Driver, query: string, params: Record<string, unknown>): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const explained = await session.run(EXPLAIN_PREFIX + query, params);
    const verdict = checkReadOnlyPlan(explained.summary.queryType, toPlanOperators(explained.summary.plan));
    if (!verdict.allowed) {
      throw new HttpError(403, 'CYPHER_NOT_READ_ONLY', `The console runs read-only queries only; this one was refused because ${verdict.reason}.`, {
        hint: 'Use MATCH … RETURN to read. Writes go through POST /api/documents.',
      });
    }
  } catch (error) {
    throw translateNeo4jError(error, EXPLAIN_PREFIX.length);
  } finally {
    await session.close().catch(() => undefined);
  }
}

export async function runConsoleQuery(driver: Driver, request: ConsoleRequest): Promise<ConsoleResult> {
  const params = toCypherParams(request.params) as Record<string, unknown>;
  await assertReadOnly(driver, request.query, params);
  const started = Date.now();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({ timeout: request.timeoutMs });
  try {
    const result = tx.run(request.query, params);
    const columns = (await result.keys()) as string[];
    const collector = new GraphCollector();
    const records: Record<string, unknown>[] = [];
    let truncated = false;
    for await (const record of result) {
      if (records.length >= request.limit) { truncated = true; break; }
      const row: Record<string, unknown> = {};
      for (const column of columns) {
        row[column] = record.get(column);
        collector.add(row[column]);
      }
      records.push(row);
    }
    const missing = collector.missingEndpoints();
    if (missing.length > 0) {
      const ends = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
      for (const record of ends.records) collector.addNode(record.get('n') as Node);
    }
    const resolve = (elementId: string) => collector.idFor(elementId);
    const rows = records.map((row) => Object.fromEntries(columns.map((column) => [column, toRowValue(row[column], resolve)])));
    return {
      columns,
      rows,
      graph: collector.toPayload(truncated),
      truncated,
      summary: { queryType: 'r', rows: rows.length, elapsedMs: Date.now() - started, limit: request.limit },
    };
  } catch (error) {
    throw translateNeo4jError(error);
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  }
}
