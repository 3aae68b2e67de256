/**
 * GET /api/edges/evidence?from=&to=&kind=&rollup= — every event counted on an actor-network edge.
 * GET /api/nodes/:id/evidence?limit= — an entity's facts, affiliations and events.
 * Answers are shaped by the zod schemas of @kg/model, which the explorer parses too.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { EdgeEvidenceQuery, type EdgeEvidenceResponse, type EventEvidence, type NodeEvidenceResponse } from '@kg/model';
import { notFound } from '../errors';
import { toGraphNode } from '../neo4j/graph-collector';
import { readQuery } from '../neo4j/read-query';
import { toNumber, toPlain } from '../neo4j/to-plain';
import { EDGE_EVIDENCE_QUERY, NODE_EVENTS_QUERY, NODE_FACTS_QUERY } from '../queries/evidence-query';
import { intParam, nodeIdParam, parseWith } from '../validation/parse-request';

const NodeEvidenceParams = z.object({ limit: intParam(1, 1000, 200) });

function toEventEvidence(record: Neo4jRecord): EventEvidence {
  const get = (key: string) => toPlain(record.get(key));
  const quad = Number(get('quadClass'));
  return {
    id: String(get('id')),
    cameo: String(get('cameo') ?? ''),
    cameoName: String(get('cameoName') ?? ''),
    quadClass: quad >= 1 && quad <= 4 ? quad : null,
    label: String(get('label') ?? ''),
    date: (get('date') as string | null) ?? null,
    dateSource: (get('dateSource') as string | null) ?? null,
    reported: (get('reported') as string | null) ?? null,
    sourceCount: toNumber(record.get('sourceCount')),
    agents: get('agents') as EventEvidence['agents'],
    targets: get('targets') as EventEvidence['targets'],
    location: (get('location') as EventEvidence['location']) ?? null,
    reports: (get('reports') as EventEvidence['reports']).map((r) => ({ ...r, sentence: r.sentence ?? '', published: r.published ?? null, file: r.file ?? null })),
  };
}

export function createEvidenceRouter(driver: Driver): Router {
  const router = Router();

  router.get('/edges/evidence', async (req, res) => {
    const q = parseWith(EdgeEvidenceQuery, req.query, 'edge evidence parameters');
    const result = await readQuery(driver, EDGE_EVIDENCE_QUERY, { from: q.from, to: q.to, kind: q.kind, rollup: q.rollup, types: null });
    const body: EdgeEvidenceResponse = { from: q.from, to: q.to, kind: q.kind, rollup: q.rollup, events: result.records.map(toEventEvidence) };
    res.json(body);
  });

  router.get('/nodes/:id/evidence', async (req, res) => {
    const id = parseWith(nodeIdParam, req.params.id, 'node id');
    const { limit } = parseWith(NodeEvidenceParams, req.query, 'node evidence parameters');
    const facts = await readQuery(driver, NODE_FACTS_QUERY, { id });
    const row = facts.records[0];
    if (!row) throw notFound('node', id);
    const node = toGraphNode(row.get('n'));
    const events = await readQuery(driver, NODE_EVENTS_QUERY, { id, fetch: limit + 1 });
    const aliases = node.properties.aliases;
    const body: NodeEvidenceResponse = {
      id: node.id,
      labels: [...node.labels],
      properties: node.properties as Record<string, unknown>,
      aliases: Array.isArray(aliases) ? aliases.map(String) : [],
      affiliations: (toPlain(row.get('affiliations')) as NodeEvidenceResponse['affiliations']).map((a) => ({ ...a, role: a.role ?? null })),
      articles: toNumber(row.get('articles')),
      events: events.records.slice(0, limit).map(toEventEvidence),
      truncated: events.records.length > limit,
    };
    res.json(body);
  });

  return router;
}
