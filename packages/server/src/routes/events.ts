/** GET /api/events?actor=&location=&eventTypes=&from=&to=&limit=: events for a timeline, by date. */
import { Router } from 'express';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { badRequest } from '../errors';
import { readQuery } from '../neo4j/read-query';
import { toPlain } from '../neo4j/to-plain';
import { intParam, isoDay, listParam, nodeIdParam, parseWith } from '../validation/parse-request';
import { cameoParam } from '../validation/vocabulary';

const EventParams = z.object({
  actor: nodeIdParam.optional(),
  location: nodeIdParam.optional(),
  eventTypes: listParam(cameoParam),
  from: isoDay.optional(),
  to: isoDay.optional(),
  limit: intParam(1, 5_000, 500),
});

// Actor/location filters start from the (index-backed) entity when given.
const EVENTS_QUERY = `
CALL () {
  WITH 1 AS one WHERE $actor IS NOT NULL
  MATCH (:Actor {id: $actor})-[:AGENT_IN|TARGETS]-(e:Event) RETURN e
  UNION
  WITH 1 AS one WHERE $actor IS NULL AND $location IS NOT NULL
  MATCH (:Location {id: $location})<-[:AT]-(e:Event) RETURN e
  UNION
  WITH 1 AS one WHERE $actor IS NULL AND $location IS NULL
  MATCH (e:Event) RETURN e
}
WITH DISTINCT e
WHERE ($location IS NULL OR EXISTS { (e)-[:AT]->(:Location {id: $location}) })
  AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  AND ($eventTypes IS NULL OR substring(e.cameo, 0, 2) IN $eventTypes)
WITH e ORDER BY e.date, e.id LIMIT $fetch
CALL (e) { OPTIONAL MATCH (a:Actor)-[:AGENT_IN]->(e) RETURN collect(a {.id, .name, .type}) AS agents }
CALL (e) { OPTIONAL MATCH (e)-[:TARGETS]->(t:Actor) RETURN collect(t {.id, .name, .type}) AS targets }
CALL (e) { OPTIONAL MATCH (e)-[:AT]->(l:Location) RETURN collect(l {.id, .name, .lat, .lon}) AS locations }
CALL (e) { OPTIONAL MATCH (e)-[r:REPORTED_IN]->(d:Document)
  RETURN collect({document: d {.id, .title, .published}, sentence: r.sentence, start: r.start, end: r.end}) AS sources }
RETURN e {.*} AS event, agents, targets, locations, sources`;

export function createEventsRouter(driver: Driver): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const params = parseWith(EventParams, req.query, 'event parameters');
    if (params.from && params.to && params.from > params.to) {
      throw badRequest(`from (${params.from}) is after to (${params.to}).`, 'Swap the dates.');
    }
    const result = await readQuery(driver, EVENTS_QUERY, {
      actor: params.actor ?? null,
      location: params.location ?? null,
      eventTypes: params.eventTypes ? [...new Set(params.eventTypes.flat())] : null,
      from: params.from ?? null,
      to: params.to ?? null,
      fetch: params.limit + 1,
    });
    const events = result.records.slice(0, params.limit).map((record) => ({
      ...(toPlain(record.get('event')) as Record<string, unknown>),
      agents: toPlain(record.get('agents')),
      targets: toPlain(record.get('targets')),
      locations: toPlain(record.get('locations')),
      sources: (toPlain(record.get('sources')) as { document: unknown }[]).filter((s) => s.document !== null),
    }));
    res.json({ events, truncated: result.records.length > params.limit });
  });
  return router;
}
