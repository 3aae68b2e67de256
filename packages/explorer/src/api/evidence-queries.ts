/**
 * The read-only Cypher behind the side panel: a node's facts and events, the events behind
 * an edge. They run through the console endpoint with parameters (never string-built),
 * and follow the graph model of packages/model/src/graph.ts. A node is matched by its `id`
 * property or its element id, whichever the server put in the payload.
 */
const MATCH_EVENTS_REPORTS = `
WITH DISTINCT e ORDER BY e.date DESC LIMIT 60
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(d:Document)
WITH e, collect({sentence: r.sentence, title: d.title, published: d.published, file: d.file}) AS reports
OPTIONAL MATCH (ag)-[:AGENT_IN]->(e)
OPTIONAL MATCH (e)-[:TARGETS]->(tg)
OPTIONAL MATCH (e)-[:AT]->(loc)
RETURN e.id AS id, e.date AS date, e.cameo AS cameo, e.cameoName AS cameoName, e.quadClass AS quadClass,
       e.label AS label, e.trigger AS trigger, coalesce(e.sourceCount, size(reports)) AS sourceCount, reports[0..3] AS reports,
       collect(DISTINCT ag.name) AS agents, collect(DISTINCT tg.name) AS targets, collect(DISTINCT loc.name)[0] AS location
ORDER BY date DESC`;

export const NODE_FACTS_QUERY = `
MATCH (n) WHERE n.id = $id OR elementId(n) = $id
WITH n LIMIT 1
OPTIONAL MATCH (n)-[af:AFFILIATED_WITH]-(o)
WITH n, collect(DISTINCT {name: o.name, role: af.role, outgoing: startNode(af) = n}) AS affiliations
OPTIONAL MATCH (n)-[:MENTIONED_IN]->(d:Document)
RETURN labels(n) AS labels, properties(n) AS props, affiliations, count(DISTINCT d) AS articles`;

export const NODE_EVENTS_QUERY = `
MATCH (n) WHERE n.id = $id OR elementId(n) = $id
MATCH (n)-[:AGENT_IN|TARGETS|AT]-(e:Event)${MATCH_EVENTS_REPORTS}`;

/**
 * `$roles`: only events where both ends take part (agent or target), as the actor network
 * counts them; otherwise a place (AT) counts too, e.g. for edges drawn from an expansion.
 * `$rollup`: the network was drawn by state, so an end also takes part through the people and
 * state bodies AFFILIATED_WITH it ("Putin met Assad" is behind the Russia–Syria edge).
 */
export const EDGE_EVENTS_QUERY = `
MATCH (a) WHERE a.id = $a OR elementId(a) = $a
MATCH (b) WHERE b.id = $b OR elementId(b) = $b
CALL (a) { OPTIONAL MATCH (m)-[:AFFILIATED_WITH]->(a) WHERE $rollup RETURN collect(m) AS aMembers }
CALL (b) { OPTIONAL MATCH (m)-[:AFFILIATED_WITH]->(b) WHERE $rollup RETURN collect(m) AS bMembers }
UNWIND [a] + aMembers AS x
UNWIND [b] + bMembers AS y
MATCH (x)-[ra:AGENT_IN|TARGETS|AT]-(e:Event)-[rb:AGENT_IN|TARGETS|AT]-(y)
WHERE NOT $roles OR (type(ra) <> 'AT' AND type(rb) <> 'AT')${MATCH_EVENTS_REPORTS}`;

/** Cypher text for Event and Document nodes drawn from a query: the node itself is the evidence. */
export const EVENT_REPORTS_QUERY = `
MATCH (e:Event) WHERE e.id = $id OR elementId(e) = $id${MATCH_EVENTS_REPORTS}`;
