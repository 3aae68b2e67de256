/**
 * The console: check the statement's shape, EXPLAIN it and refuse anything the guard does
 * not call read-only, then run it in a READ transaction, stream at most `limit` rows and
 * `byteCap` bytes of rows, load the endpoints of relationships the rows name without their
 * nodes, and roll back (nothing the console runs is ever committed).
 * One deadline covers planning and execution: Neo4j's transaction timeout does not stop the
 * planner (a 12-node clique plans for many seconds), so at the deadline the session is
 * closed, which makes Neo4j terminate whatever it is doing.
 */
import neo4j, { type Driver, type Node, type Session } from 'neo4j-driver';
import type { GraphPayload } from '@kg/model';
import { HttpError } from '../errors';
import { GraphCollector } from '../neo4j/graph-collector';
import { toCypherParams } from '../neo4j/cypher-params';
import { translateNeo4jError } from '../neo4j/neo4j-errors';
import { checkReadOnlyPlan, DEFAULT_GUARD_POLICY, type GuardPolicy } from './cypher-guard';
import { toPlanOperators } from './plan-operators';
import { queryShapeProblem } from './query-shape';
import { toRowValue } from './to-row-value';

export const EXPLAIN_PREFIX = 'EXPLAIN\n';

/** Rows fetched per round trip: small, so a cap stops the stream before much is buffered. */
const FETCH_SIZE = 100;

export interface ConsoleRequest {
  readonly query: string;
  readonly params: Record<string, unknown>;
  readonly limit: number;
  readonly timeoutMs: number;
  /** Most bytes of row JSON in one answer (the graph repeats the nodes; see README). */
  readonly byteCap?: number;
  readonly policy?: GuardPolicy;
}

export interface ConsoleResult {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
  readonly graph: GraphPayload;
  /** Set when the row cap or the byte cap cut the answer. */
  readonly truncated: boolean;
  readonly summary: { readonly queryType: string; readonly rows: number; readonly elapsedMs: number; readonly limit: number };
}

export const DEFAULT_BYTE_CAP = 8 * 1024 * 1024;

const timedOut = (timeoutMs: number) =>
  new HttpError(408, 'CYPHER_TIMEOUT', `The query ran past its time limit of ${timeoutMs} ms (planning and execution) and was stopped.`, {
    hint: 'Add a LIMIT, narrow the MATCH, or ask for a longer timeout (timeoutMs) within the server maximum.',
  });

/** Throws a 403 HttpError unless Neo4j's plan for the statement is read-only. */
async function assertReadOnly(session: Session, query: string, params: Record<string, unknown>, timeoutMs: number, policy: GuardPolicy): Promise<void> {
  let explained;
  try {
    explained = await session.run(EXPLAIN_PREFIX + query, params, { timeout: timeoutMs });
  } catch (error) {
    throw translateNeo4jError(error, EXPLAIN_PREFIX.length);
  }
  const verdict = checkReadOnlyPlan(explained.summary.queryType, toPlanOperators(explained.summary.plan), policy);
  if (!verdict.allowed) {
    throw new HttpError(403, 'CYPHER_NOT_READ_ONLY', `The console runs read-only queries only; this one was refused because ${verdict.reason}.`, {
      hint: 'Use MATCH … RETURN to read. Writes go through POST /api/documents.',
    });
  }
}

export async function runConsoleQuery(driver: Driver, request: ConsoleRequest): Promise<ConsoleResult> {
  const shapeProblem = queryShapeProblem(request.query, request.params);
  if (shapeProblem) throw new HttpError(400, 'CYPHER_TOO_COMPLEX', `The query was refused before running: ${shapeProblem}.`, { hint: 'Flatten nested expressions and parameters.' });
  const params = toCypherParams(request.params) as Record<string, unknown>;
  const byteCap = request.byteCap ?? DEFAULT_BYTE_CAP;
  const started = Date.now();
  const remaining = () => Math.max(1, started + request.timeoutMs - Date.now());
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
  let expired = false;
  const deadline = setTimeout(() => {
    expired = true;
    void session.close().catch(() => undefined);
  }, request.timeoutMs);
  try {
    await assertReadOnly(session, request.query, params, remaining(), request.policy ?? DEFAULT_GUARD_POLICY);
    const tx = session.beginTransaction({ timeout: remaining() });
    try {
      const result = tx.run(request.query, params);
      const columns = (await result.keys()) as string[];
      const collector = new GraphCollector();
      const records: Record<string, unknown>[] = [];
      let bytes = 0;
      let truncated = false;
      for await (const record of result) {
        if (records.length >= request.limit) { truncated = true; break; }
        const row: Record<string, unknown> = {};
        for (const column of columns) row[column] = record.get(column);
        // The row's own JSON size, measured before it is kept: the cap bounds memory too.
        bytes += JSON.stringify(toRowValue(row, () => undefined)).length;
        if (bytes > byteCap && records.length > 0) { truncated = true; break; }
        for (const column of columns) collector.add(row[column]);
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
    } finally {
      await tx.rollback().catch(() => undefined);
    }
  } catch (error) {
    if (expired) throw timedOut(request.timeoutMs);
    throw translateNeo4jError(error);
  } finally {
    clearTimeout(deadline);
    await session.close().catch(() => undefined);
  }
}
