/** GET /api/stats: counts per label and relationship type, articles, and the date range. */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { readQuery } from '../neo4j/read-query';
import { toNumber, toPlain } from '../neo4j/to-plain';

// Counts come from the count store (label and type counts are O(1) in Neo4j).
const STATS_QUERY = `
CALL () { CALL db.labels() YIELD label
  CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS c }
  RETURN collect({key: label, count: c}) AS labels }
CALL () { CALL db.relationshipTypes() YIELD relationshipType AS type
  CALL (type) { MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS c }
  RETURN collect({key: type, count: c}) AS relationships }
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (d:Document) RETURN count(d) AS articles, min(d.published) AS firstPublished, max(d.published) AS lastPublished }
CALL () { MATCH (e:Event) RETURN min(e.date) AS firstEvent, max(e.date) AS lastEvent }
RETURN nodes, labels, relationships, articles, firstPublished, lastPublished, firstEvent, lastEvent`;

function toCountMap(list: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of (list as { key: string; count: unknown }[]) ?? []) out[item.key] = toNumber(item.count);
  return out;
}

export function createStatsRouter(driver: Driver): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const result = await readQuery(driver, STATS_QUERY);
    const row = result.records[0];
    if (!row) throw new Error('stats query returned no row');
    const labels = toCountMap(row.get('labels'));
    const relationships = toCountMap(row.get('relationships'));
    res.json({
      nodes: toNumber(row.get('nodes')),
      labels,
      relationships,
      articles: toNumber(row.get('articles')),
      published: { from: toPlain(row.get('firstPublished')), to: toPlain(row.get('lastPublished')) },
      events: { from: toPlain(row.get('firstEvent')), to: toPlain(row.get('lastEvent')) },
    });
  });
  return router;
}
