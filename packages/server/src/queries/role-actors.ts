/**
 * The actors on one side of an event `e` as the network counts them: `rel` matches `a`
 * (agents or targets); with `$rollup` a person or state body becomes the actor it is
 * AFFILIATED_WITH (the first one). Network and evidence both use this text, so an edge's
 * count and its evidence list can never disagree.
 */
export const roleActors = (rel: string): string => `
  MATCH ${rel}
  OPTIONAL MATCH (a)-[:AFFILIATED_WITH]->(org:Actor)
  WITH a, head(collect(org)) AS org
  WITH CASE WHEN $rollup AND org IS NOT NULL THEN org ELSE a END AS actor
  WHERE $types IS NULL OR any(label IN labels(actor) WHERE label IN $types)
  RETURN collect(DISTINCT actor) AS actors`;

export const AGENTS = roleActors('(a:Actor)-[:AGENT_IN]->(e)');
export const TARGETS = roleActors('(e)-[:TARGETS]->(a:Actor)');

/** An event's reporting articles: the earliest publication day and the article ids. */
export const REPORTED = `
  OPTIONAL MATCH (e)-[:REPORTED_IN]->(d:Document)
  RETURN min(d.published) AS reported, collect(DISTINCT d.id) AS docs`;
