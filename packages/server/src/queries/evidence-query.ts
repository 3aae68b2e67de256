/**
 * The events behind an actor-network edge and behind a node, with what the side panel shows
 * of each: roles, both clocks, place and up to three reporting sentences.
 */
import { AGENTS, TARGETS } from './role-actors';

/** Per event `e` (bound, distinct): the evidence row. */
const EVENT_ROW = `
CALL (e) {
  OPTIONAL MATCH (e)-[r:REPORTED_IN]->(d:Document)
  WITH r, d ORDER BY d.published, d.title
  RETURN min(d.published) AS reported,
         collect(CASE WHEN d IS NULL THEN null ELSE {sentence: r.sentence, documentId: d.id, title: coalesce(d.title, d.file, d.id), published: d.published, file: d.file} END)[0..3] AS reports
}
CALL (e) { OPTIONAL MATCH (x:Actor)-[:AGENT_IN]->(e) RETURN collect(DISTINCT {id: x.id, name: x.name}) AS agentList }
CALL (e) { OPTIONAL MATCH (e)-[:TARGETS]->(x:Actor) RETURN collect(DISTINCT {id: x.id, name: x.name}) AS targetList }
CALL (e) { OPTIONAL MATCH (e)-[:AT]->(l) RETURN head(collect({id: l.id, name: l.name})) AS location }
RETURN e.id AS id, e.cameo AS cameo, e.cameoName AS cameoName, e.quadClass AS quadClass, e.label AS label,
       e.date AS date, e.dateSource AS dateSource, reported, coalesce(e.sourceCount, size(reports)) AS sourceCount,
       [x IN agentList WHERE x.id IS NOT NULL] AS agents, [x IN targetList WHERE x.id IS NOT NULL] AS targets,
       CASE WHEN location.id IS NULL THEN null ELSE location END AS location, reports
ORDER BY coalesce(e.date, reported) DESC, e.id`;

/**
 * Events where `$from` is an agent and `$to` a target (ACTS_ON) or both are agents
 * (ACTS_WITH), on the sides as the network rolls them up. Candidates are the events of
 * `$from` and its members; the roles are then recomputed exactly as the network does.
 */
export const EDGE_EVIDENCE_QUERY = `
MATCH (s:Actor {id: $from})
CALL (s) { OPTIONAL MATCH (m:Actor)-[:AFFILIATED_WITH]->(s) WHERE $rollup RETURN collect(m) AS members }
UNWIND members + [s] AS x
MATCH (x)-[:AGENT_IN]->(e:Event)
WITH DISTINCT e
CALL (e) {${AGENTS}
}
WITH e, [a IN actors | a.id] AS agents
CALL (e) {${TARGETS}
}
WITH e, agents, [a IN actors | a.id] AS targets
WHERE $from IN agents AND CASE $kind WHEN 'ACTS_ON' THEN $to IN targets ELSE $to IN agents END AND $from <> $to
${EVENT_ROW}`;

export const NODE_FACTS_QUERY = `
MATCH (n:Entity {id: $id})
CALL (n) { OPTIONAL MATCH (n)-[af:AFFILIATED_WITH]-(o)
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE {id: o.id, name: o.name, role: af.role, outgoing: startNode(af) = n} END) AS affiliations }
CALL (n) { OPTIONAL MATCH (n)-[:MENTIONED_IN]->(d:Document) RETURN count(DISTINCT d) AS articles }
RETURN n, affiliations, articles`;

/** A node's events in any role (agent, target, place), newest first, capped at $limit + 1. */
export const NODE_EVENTS_QUERY = `
MATCH (n:Entity {id: $id})-[:AGENT_IN|TARGETS|AT]-(e:Event)
WITH DISTINCT e ORDER BY e.date DESC, e.id LIMIT $fetch
${EVENT_ROW}`;
