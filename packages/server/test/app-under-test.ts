/** The app as tests see it: createApp on the test database, quiet logs, small console limits. */
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { createApp, type AppDeps } from '../src/app';

export function appFor(driver: Driver, overrides: Partial<AppDeps> = {}) {
  return createApp({ driver, logger: pino({ level: 'silent' }), logRequests: false, cypherRateLimit: 1_000, ...overrides });
}

/** Nodes and relationships in the whole graph, to prove a refused request changed nothing. */
export async function countGraph(driver: Driver): Promise<{ nodes: number; relationships: number; labels: number; props: number }> {
  const result = await driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(labels(n))) AS labels, sum(size(keys(n))) AS props }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN nodes, relationships, labels, props`,
  );
  const row = result.records[0];
  return {
    nodes: Number(row?.get('nodes')),
    relationships: Number(row?.get('relationships')),
    labels: Number(row?.get('labels')),
    props: Number(row?.get('props')),
  };
}
