/**
 * GET /api/nodes/:id: one node with its properties, aliases and provenance.
 * GET /api/nodes/:id/neighbors?depth=1..3&limit=&types=&relTypes=: capped expansion.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { notFound } from '../errors';
import { EXPANSION, GraphCollector, toGraphNode } from '../neo4j/graph-collector';
import { matchNodeById } from '../neo4j/node-by-id';
import { readQuery } from '../neo4j/read-query';
import { toNumber, toPlain } from '../neo4j/to-plain';
import { toProvenance, type ProvenanceRow } from '../queries/provenance';
import { intParam, listParam, nodeIdParam, parseWith } from '../validation/parse-request';
import { labelParam, relTypeParam } from '../validation/vocabulary';

const NODE_QUERY = `
${matchNodeById('id')}
CALL (n) { OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(d:Document)
  RETURN collect(CASE WHEN d IS NULL THEN null ELSE {kind: 'mention', document: d {.id, .title, .published, .file, .text}, count: m.count, forms: m.forms, starts: m.starts, ends: m.ends} END) AS mentions }
CALL (n) { OPTIONAL MATCH (n)-[r:REPORTED_IN]->(d:Document)
  RETURN collect(CASE WHEN d IS NULL THEN null ELSE {kind: 'report', document: d {.id, .title, .published, .file}, sentence: r.sentence, sentenceIndex: r.sentenceIndex, start: r.start, end: r.end} END) AS reports }
CALL (n) { OPTIONAL MATCH (n)-[x]-() RETURN count(x) AS degree }
RETURN n, mentions, reports, degree`;

const NeighborParams = z.object({
  depth: intParam(1, 3, 1),
  limit: intParam(1, 1000, 50),
  types: listParam(labelParam),
  relTypes: listParam(relTypeParam),
});

const FILTER = `($relTypes IS NULL OR type(r) IN $relTypes) AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))`;

export const NEIGHBORS_DEPTH_1 = `
${matchNodeById('id')}
OPTIONAL MATCH (n)-[r]-(m) WHERE ${FILTER}
RETURN n, r, m LIMIT $fetch`;

/** Depth is a validated integer 1..3, the only value ever written into the query text. */
const neighborsDeeper = (depth: number): string => `
${matchNodeById('id')}
OPTIONAL MATCH p = (n)-[rs*1..${depth}]-(m)
WHERE m <> n AND all(r IN rs WHERE $relTypes IS NULL OR type(r) IN $relTypes)
  AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
RETURN n, p LIMIT $fetch`;

export function createNodesRouter(driver: Driver): Router {
  const router = Router();

  router.get('/:id', async (req, res) => {
    const id = parseWith(nodeIdParam, req.params.id, 'node id');
    const result = await readQuery(driver, NODE_QUERY, { id });
    const row = result.records[0];
    if (!row) throw notFound('node', id);
    const node = toGraphNode(row.get('n'));
    const aliases = Array.isArray(node.properties.aliases) ? node.properties.aliases : [];
    res.json({
      node,
      aliases,
      degree: toNumber(row.get('degree')),
      provenance: toProvenance(toPlain([...row.get('mentions'), ...row.get('reports')]) as ProvenanceRow[]),
    });
  });

  router.get('/:id/neighbors', async (req, res) => {
    const id = parseWith(nodeIdParam, req.params.id, 'node id');
    const params = parseWith(NeighborParams, req.query, 'neighbor parameters');
    const shared = { id, types: params.types ?? null, relTypes: params.relTypes ?? null };
    const deep = params.depth > 1;
    const fetch = deep ? params.limit * 4 : params.limit + 1;
    const query = deep ? neighborsDeeper(params.depth) : NEIGHBORS_DEPTH_1;
    const result = await readQuery(driver, query, { ...shared, fetch });
    const first = result.records[0];
    if (!first) throw notFound('node', id);
    const collector = new GraphCollector(EXPANSION);
    collector.add(first.get('n'));
    let truncated = false;
    for (const record of result.records) {
      if (collector.nodeCount > params.limit) { truncated = true; break; }
      collector.add(deep ? record.get('p') : [record.get('r'), record.get('m')]);
    }
    if (collector.nodeCount > params.limit + 1 || result.records.length >= fetch) truncated = true;
    res.json({ root: toGraphNode(first.get('n')).id, ...collector.toPayload(truncated) });
  });

  return router;
}
