/**
 * GET /api/export?format=json|graphml|csv&ids=a,b | &query=<read-only Cypher>[&part=nodes|edges]
 * A subgraph as a file download: a node set (with the relationships among those nodes),
 * or whatever a read-only console query returns (the console's runner: same guard, caps, gate and rate budget).
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import type { GraphPayload } from '@kg/model';
import { badRequest } from '../errors';
import { GraphCollector } from '../neo4j/graph-collector';
import { readQuery } from '../neo4j/read-query';
import type { ConsoleRunner } from '../cypher/console-runner';
import { toEdgesCsv, toNodesCsv } from '../export/to-csv';
import { toGraphml } from '../export/to-graphml';
import { listParam, nodeIdParam, parseWith } from '../validation/parse-request';

const MAX_EXPORT_IDS = 5_000;

const ExportParams = z.object({
  format: z.enum(['json', 'graphml', 'csv']).default('json'),
  part: z.enum(['nodes', 'edges']).default('nodes'),
  ids: listParam(nodeIdParam),
  query: z.string().trim().min(1).max(20_000).optional(),
  filename: z.string().regex(/^[\w.-]{1,80}$/, 'letters, digits, dot, dash and underscore only').optional(),
});

const NODES_BY_IDS = `
CALL () {
  MATCH (n:Entity) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Event) WHERE n.id IN $ids RETURN n UNION MATCH (n:Document) WHERE n.id IN $ids RETURN n
}
WITH collect(n) AS nodes
CALL (nodes) { UNWIND nodes AS a MATCH (a)-[r]->(b) WHERE b IN nodes RETURN collect(r) AS rels }
RETURN nodes, rels`;

async function graphForIds(driver: Driver, ids: readonly string[]): Promise<GraphPayload> {
  if (ids.length > MAX_EXPORT_IDS) throw badRequest(`ids lists ${ids.length} nodes; the limit is ${MAX_EXPORT_IDS}.`, 'Export with a query instead.');
  const result = await readQuery(driver, NODES_BY_IDS, { ids: [...new Set(ids)] });
  const collector = new GraphCollector();
  for (const record of result.records) {
    collector.add(record.get('nodes'));
    collector.add(record.get('rels'));
  }
  return collector.toPayload(false);
}

export function createExportRouter(driver: Driver, runner: ConsoleRunner): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const params = parseWith(ExportParams, req.query, 'export parameters');
    if (!params.ids === !params.query) {
      throw badRequest('Give exactly one selector: ids=<id,id,…> or query=<read-only Cypher>.', 'Example: /api/export?format=graphml&ids=russia,syria');
    }
    const graph = params.ids
      ? await graphForIds(driver, params.ids)
      : (await runner.run({ query: params.query ?? '' })).graph;
    const base = params.filename ?? 'kg-export';
    if (params.format === 'graphml') {
      // attachment() sets a type from the extension, so the explicit type comes after it.
      res.attachment(`${base}.graphml`).type('application/graphml+xml; charset=utf-8').send(toGraphml(graph));
    } else if (params.format === 'csv') {
      const csv = params.part === 'edges' ? toEdgesCsv(graph) : toNodesCsv(graph);
      res.attachment(`${base}-${params.part}.csv`).type('text/csv; charset=utf-8').send(csv);
    } else {
      res.attachment(`${base}.json`).json(graph);
    }
  });
  return router;
}
