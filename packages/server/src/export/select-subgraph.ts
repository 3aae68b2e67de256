/**
 * The subgraph an image export draws, with the same selectors as GET /api/export: a list of
 * node ids (those nodes and the relationships among them), or a read-only console query
 * (same guard, timeout and row cap as the console). Reads only, in READ sessions.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphPayload } from '@kg/model';
import { badRequest } from '../errors';
import type { ConsoleRunner } from '../cypher/console-runner';
import { runConsoleQuery } from '../cypher/run-console-query';
import { GraphCollector } from '../neo4j/graph-collector';
import { readQuery } from '../neo4j/read-query';

export const MAX_IMAGE_IDS = 5_000;

const NODES_BY_IDS = `
CALL () {
  MATCH (n:Entity) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Event) WHERE n.id IN $ids RETURN n UNION MATCH (n:Document) WHERE n.id IN $ids RETURN n
}
WITH collect(n) AS nodes
CALL (nodes) { UNWIND nodes AS a MATCH (a)-[r]->(b) WHERE b IN nodes RETURN collect(r) AS rels }
RETURN nodes, rels`;

export interface SubgraphSelector {
  readonly ids?: readonly string[];
  readonly query?: string;
}

/** `runConsole`: the server's gated console runner; scripts without one run the query directly. */
export async function selectSubgraph(
  driver: Driver,
  selector: SubgraphSelector,
  limits: { timeoutMs: number; rowCap: number },
  runConsole?: ConsoleRunner['run'],
): Promise<GraphPayload> {
  if (!selector.ids === !selector.query) {
    throw badRequest('Give exactly one selector: ids=<id,id,…> or query=<read-only Cypher>.', 'Example: /api/export/image?format=png&ids=russia,syria');
  }
  if (selector.query) {
    const request = { query: selector.query, params: {}, limit: limits.rowCap, timeoutMs: limits.timeoutMs };
    return (await (runConsole ? runConsole(request) : runConsoleQuery(driver, request))).graph;
  }
  const ids = [...new Set(selector.ids)];
  if (ids.length > MAX_IMAGE_IDS) throw badRequest(`ids lists ${ids.length} nodes; the limit is ${MAX_IMAGE_IDS}.`, 'Select with a query instead.');
  const result = await readQuery(driver, NODES_BY_IDS, { ids }, { timeoutMs: limits.timeoutMs });
  const collector = new GraphCollector();
  for (const record of result.records) {
    collector.add(record.get('nodes'));
    collector.add(record.get('rels'));
  }
  return collector.toPayload(false);
}

/** The articles that report the subgraph's events (for the footer), when they are not drawn. */
export async function sourcesOf(driver: Driver, graph: GraphPayload, timeoutMs: number): Promise<{ title: string; published: string | null }[]> {
  const events = graph.nodes.filter((n) => n.labels.includes('Event')).map((n) => n.id);
  if (events.length === 0) return [];
  const result = await readQuery(
    driver,
    `MATCH (e:Event)-[:REPORTED_IN]->(d:Document) WHERE e.id IN $events
     RETURN DISTINCT coalesce(d.title, d.file, d.id) AS title, d.published AS published ORDER BY published, title LIMIT 50`,
    { events },
    { timeoutMs },
  );
  return result.records.map((r) => ({ title: String(r.get('title')), published: r.get('published') === null ? null : String(r.get('published')).slice(0, 10) }));
}
