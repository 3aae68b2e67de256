/**
 * The actor network in one read: the actors that take part in each event (as agent or
 * target), optionally rolled up from people and state bodies to the actor they serve, paired,
 * and aggregated per pair: event count, CAMEO codes, quad-class mix and date range.
 * Every filter is a parameter.
 */
export const ACTOR_NETWORK_QUERY = `
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  AND ($eventTypes IS NULL OR substring(e.cameo, 0, 2) IN $eventTypes)
CALL (e) {
  MATCH (e)-[:AGENT_IN|TARGETS]-(a:Actor)
  OPTIONAL MATCH (a)-[:AFFILIATED_WITH]->(org:Actor)
  WITH a, head(collect(org)) AS org
  WITH CASE WHEN $rollup AND org IS NOT NULL THEN org ELSE a END AS actor
  WHERE $types IS NULL OR any(label IN labels(actor) WHERE label IN $types)
  RETURN collect(DISTINCT actor) AS actors
}
WITH e, actors WHERE size(actors) > 1
UNWIND actors AS a
UNWIND actors AS b
WITH e, a, b WHERE a.id < b.id
WITH a, b, count(DISTINCT e) AS events, collect(DISTINCT e.cameo) AS cameo,
     collect(e.quadClass) AS quadClasses, min(e.date) AS firstDate, max(e.date) AS lastDate
WHERE events >= $minEvents
RETURN a, b, events, cameo, quadClasses, firstDate, lastDate
ORDER BY events DESC
LIMIT $maxEdges`;
