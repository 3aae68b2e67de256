/** GET /api/actors/network?types=&eventTypes=&from=&to=&clock=&minEvents=&rollup=&limit= — the directed actor network. */
import { Router } from 'express';
import { z } from 'zod';
import { Clock, type NetworkEdgeKind } from '@kg/model';
import type { Driver } from 'neo4j-driver';
import { badRequest } from '../errors';
import { toGraphNode } from '../neo4j/graph-collector';
import { readQuery } from '../neo4j/read-query';
import { toNumber, toPlain } from '../neo4j/to-plain';
import { ACTOR_NETWORK_QUERY } from '../queries/network-query';
import { articleIds, toNetwork, type PairRow } from '../queries/to-network';
import type { SingleFlightCache } from '../cache/single-flight-cache';
import { boolParam, intParam, isoDay, listParam, parseWith } from '../validation/parse-request';
import { cameoParam, labelParam } from '../validation/vocabulary';

const SOURCES_QUERY = `
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, coalesce(d.title, d.file, d.id) AS title, d.published AS published ORDER BY published, title`;

const NetworkParams = z.object({
  types: listParam(labelParam),
  eventTypes: listParam(cameoParam),
  from: isoDay.optional(),
  to: isoDay.optional(),
  clock: Clock.default('event'),
  minEvents: intParam(1, 10_000, 1),
  rollup: boolParam,
  limit: intParam(1, 20_000, 2_000),
});

/** Cached as the JSON text: serialising a large network for every hit costs more than the lookup. */
export type NetworkCache = SingleFlightCache<string>;

/** The network is a whole-graph aggregation: answers are shared through `cache` (see app.ts). */
export function createNetworkRouter(driver: Driver, cache: NetworkCache): Router {
  const router = Router();
  router.get('/network', async (req, res) => {
    const params = parseWith(NetworkParams, req.query, 'network parameters');
    if (params.from && params.to && params.from > params.to) {
      throw badRequest(`from (${params.from}) is after to (${params.to}).`, 'Swap the dates.');
    }
    const body = await cache.get(JSON.stringify(params), async () => JSON.stringify(await loadNetwork(driver, params)));
    res.type('application/json').send(body);
  });
  return router;
}

async function loadNetwork(driver: Driver, params: z.infer<typeof NetworkParams>): Promise<ReturnType<typeof toNetwork>> {
  const result = await readQuery(driver, ACTOR_NETWORK_QUERY, {
    types: params.types ?? null,
    eventTypes: params.eventTypes ? [...new Set(params.eventTypes.flat())] : null,
    from: params.from ?? null,
    to: params.to ?? null,
    clock: params.clock,
    minEvents: params.minEvents,
    rollup: params.rollup,
    maxEdges: params.limit + 1,
  });
  const rows: PairRow[] = result.records.slice(0, params.limit).map((record) => ({
    a: toGraphNode(record.get('a')),
    b: toGraphNode(record.get('b')),
    kind: record.get('kind') as NetworkEdgeKind,
    events: toNumber(record.get('events')),
    cameo: toPlain(record.get('cameo')) as string[],
    quadClasses: (toPlain(record.get('quadClasses')) as unknown[]).map(Number),
    firstDate: toPlain(record.get('firstDate')) as string | null,
    lastDate: toPlain(record.get('lastDate')) as string | null,
    datedByReport: toNumber(record.get('datedByReport')),
    undated: toNumber(record.get('undated')),
    docs: toPlain(record.get('docs')) as string[][],
    tally: toPlain(record.get('tally')) as [string | null, string][],
  }));
  const docs = await readQuery(driver, SOURCES_QUERY, { ids: articleIds(rows) });
  const sources = docs.records.map((r) => ({ id: String(r.get('id')), title: String(r.get('title')), published: (r.get('published') as string | null) ?? null }));
  return toNetwork(rows, { truncated: result.records.length > params.limit, rollup: params.rollup, clock: params.clock, sources });
}
