/**
 * GET /api/paths?from=&to=&maxLength=&relTypes=&limit=: all shortest paths between two nodes.
 * By default paths go through events, places and affiliations, not through the articles
 * (every pair of entities named in one article would otherwise be two hops apart);
 * `relTypes=` chooses the relationship types explicitly.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Driver, Path } from 'neo4j-driver';
import { REL } from '@kg/model';
import { badRequest, notFound } from '../errors';
import { EXPANSION, GraphCollector } from '../neo4j/graph-collector';
import { matchNodeById, optionalNodeById } from '../neo4j/node-by-id';
import { readQuery } from '../neo4j/read-query';
import { intParam, listParam, nodeIdParam, parseWith } from '../validation/parse-request';
import { relTypeParam } from '../validation/vocabulary';

const DEFAULT_REL_TYPES = [REL.AGENT_IN, REL.TARGETS, REL.AT, REL.AFFILIATED_WITH];

const PathParams = z.object({
  from: nodeIdParam,
  to: nodeIdParam,
  maxLength: intParam(1, 8, 6),
  relTypes: listParam(relTypeParam),
  limit: intParam(1, 100, 10),
});

const ENDPOINTS_QUERY = `
${optionalNodeById('from', 'a')}
${optionalNodeById('to', 'b')}
RETURN a, b`;

/** maxLength is a validated integer, the only value written into the query text. */
const pathsQuery = (maxLength: number): string => `
${matchNodeById('from', 'a')}
${matchNodeById('to', 'b')}
MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $relTypes)
RETURN p LIMIT $limit`;

export function createPathsRouter(driver: Driver): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const params = parseWith(PathParams, req.query, 'path parameters');
    if (params.from === params.to) throw badRequest('from and to are the same node.', 'Pick two different nodes.');
    const ends = (await readQuery(driver, ENDPOINTS_QUERY, { from: params.from, to: params.to })).records[0];
    if (!ends?.get('a')) throw notFound('node', params.from);
    if (!ends.get('b')) throw notFound('node', params.to);
    const relTypes = params.relTypes ?? DEFAULT_REL_TYPES;
    const result = await readQuery(driver, pathsQuery(params.maxLength), {
      from: params.from, to: params.to, relTypes, limit: params.limit,
    });
    const collector = new GraphCollector(EXPANSION);
    collector.add(ends.get('a'));
    collector.add(ends.get('b'));
    // Each path is a small graph of its own (the explorer highlights them one by one);
    // the top-level nodes/edges are their union.
    const paths = result.records.map((record) => {
      const path = record.get('p') as Path;
      collector.add(path);
      const one = new GraphCollector(EXPANSION);
      one.add(path);
      return { length: path.length, ...one.toPayload() };
    });
    res.json({ from: params.from, to: params.to, relTypes, found: paths.length > 0, paths, ...collector.toPayload(result.records.length >= params.limit) });
  });
  return router;
}
